namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// <c>healthcheck [url]</c>: asks a running API's <c>/health</c> and exits 0 on 200, 1 otherwise.
/// The container image has no curl or wget, so its HEALTHCHECK runs the program itself in this mode.
/// </summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        var url = args.Length > 1 ? args[1] : DefaultUrl();
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(new Uri(url));
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await errors.WriteLineAsync($"{url}: {(int)response.StatusCode} {response.ReasonPhrase}");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await errors.WriteLineAsync($"{url}: {exception.Message}");
            return 1;
        }
    }

    /// <summary>The first port of ASPNETCORE_HTTP_PORTS (8080 in the .NET container images) on this machine.</summary>
    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = ports?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        return $"http://127.0.0.1:{port}/health";
    }
}

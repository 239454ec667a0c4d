namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Where the server reads <c>appsettings.json</c> from. ASP.NET Core takes the working folder, so a published server
/// started from elsewhere (<c>dotnet /srv/oid/OpenIntegrationData.Api.dll</c>, or by a service manager) ran without its
/// settings and logged every request. When the working folder has no <c>appsettings.json</c> and the program's folder
/// has one, the program's folder is the content root; a content root named on the command line or in the environment
/// (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, <c>DOTNET_CONTENTROOT</c>) still decides.
/// </summary>
internal static class ContentRoot
{
    private const string SettingsFile = "appsettings.json";

    /// <summary>The options the server's builder starts from.</summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Choose(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    };

    /// <summary>The program's folder where it holds the settings the working folder lacks; otherwise null (ASP.NET Core's choice).</summary>
    internal static string? Choose(string[] args, string workingFolder, string programFolder)
    {
        var named = args.Any(static argument => argument.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return named || File.Exists(Path.Combine(workingFolder, SettingsFile)) || !File.Exists(Path.Combine(programFolder, SettingsFile))
            ? null
            : programFolder;
    }
}

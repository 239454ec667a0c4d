using Npgsql;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>The hosts of a (possibly multi-host) connection string, each as a connection string of its own.</summary>
internal static class ConnectionHosts
{
    /// <summary>
    /// <c>Host=a,b:5433</c> → one string for <c>a</c> (the string's port) and one for <c>b</c> on 5433, with every other
    /// setting kept; a single host gives the string back. Host selection settings no longer apply to one host and are dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var hosts = (builder.Host ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (hosts.Length <= 1)
        {
            return [connectionString];
        }

        return hosts.Select(host =>
        {
            var single = new NpgsqlConnectionStringBuilder(connectionString);
            single.Remove("Target Session Attributes");
            single.Remove("Load Balance Hosts");
            var colon = host.LastIndexOf(':');
            if (colon > 0 && !host.EndsWith(']') && int.TryParse(host[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var port))
            {
                single.Host = host[..colon];
                single.Port = port;
            }
            else
            {
                single.Host = host;
            }

            return single.ConnectionString;
        }).ToList();
    }
}

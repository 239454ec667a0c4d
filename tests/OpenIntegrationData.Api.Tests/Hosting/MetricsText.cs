using System.Globalization;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>Reads the Prometheus text of <c>/metrics</c>: each sample line is <c>name{labels} value [time]</c>.</summary>
internal static class MetricsText
{
    /// <summary>The sum of a metric's samples over all its labels (0 before its first).</summary>
    public static long Sum(string metrics, string name) =>
        metrics.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{')
            .Sum(static line => long.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
}

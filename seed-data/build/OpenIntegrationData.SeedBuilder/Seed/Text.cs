using System.Globalization;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>How the seed files write numbers and booleans.</summary>
internal static class Text
{
    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

using System.Globalization;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>A year, optionally with an exact day, as the sources state reference dates ("2009", "2009-12", "2020-12-31").</summary>
internal readonly record struct Period(int Year, string? Date)
{
    public static Period Parse(string text)
    {
        if (text.Length == 10)
        {
            var day = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new Period(day.Year, text);
        }
        return new Period(int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture), null);
    }

    /// <summary>Orders periods so that later years win and, within a year, an exact day beats a bare year.</summary>
    public int Rank => (Year * 10) + (Date is null ? 0 : 1);
}

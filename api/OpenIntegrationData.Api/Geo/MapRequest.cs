using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenIntegrationData.Api.Geo;

/// <summary>
/// What <c>GET /geo/{municipality}/{level}.geojson</c> asks for, read from the route and the query string:
/// the level's areas, and with a <c>measure</c> (implied <c>residents</c> when only a date, nationality or group is
/// given) each area's figure on a <c>date</c> (<c>yyyy-MM-dd</c>, or a year <c>yyyy</c> for its latest date; default: the
/// latest year with figures), of one <c>nationality</c> (ISO 3166-1 alpha-2) or one <c>group</c> (a group key), and
/// <c>tolerance</c>: how far, in degrees, a simplified outline may stray from the published one.
/// </summary>
internal sealed partial record MapRequest(
    string Municipality,
    string Level,
    string? Measure,
    DateOnly? Date,
    int? Year,
    string? Nationality,
    string? Group,
    double? Tolerance)
{
    /// <summary>Most a simplified outline may stray: 0.01° is about 1 km, coarser than any city map needs.</summary>
    public const double MaximumTolerance = 0.01;

    public const string ResidentsMeasure = "residents";

    /// <summary>The request, or the reason it cannot be answered (a malformed parameter, answered with 400).</summary>
    public static (MapRequest? Request, string? Problem) Parse(string municipality, string level, IQueryCollection query)
    {
        string? Text(string name) => query.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } value ? value : null;

        var measure = Text("measure");
        var nationality = Text("nationality")?.ToUpperInvariant();
        var group = Text("group");
        var dateText = Text("date");
        var toleranceText = Text("tolerance");
        if (nationality is not null && group is not null)
        {
            return (null, "Give either 'nationality' or 'group', not both: a figure is for one nationality or one group of them.");
        }

        if (nationality is not null && !Alpha2().IsMatch(nationality))
        {
            return (null, $"'nationality' must be an ISO 3166-1 alpha-2 code such as TR, not \"{nationality}\".");
        }

        DateOnly? date = null;
        int? year = null;
        if (dateText is not null)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            {
                date = exact;
            }
            else if (YearOnly().IsMatch(dateText))
            {
                year = int.Parse(dateText, CultureInfo.InvariantCulture);
            }
            else
            {
                return (null, $"'date' must be a reference date (yyyy-MM-dd, e.g. 2024-12-31) or a year (yyyy), not \"{dateText}\".");
            }
        }

        double? tolerance = null;
        if (toleranceText is not null)
        {
            if (!double.TryParse(toleranceText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0 || parsed > MaximumTolerance)
            {
                return (null, $"'tolerance' must be a number of degrees above 0 and at most {MaximumTolerance.ToString(CultureInfo.InvariantCulture)} (0.0004 is about 40 m), not \"{toleranceText}\".");
            }

            tolerance = parsed;
        }

        // A date or a breakdown asks for figures; residents are what every city counts.
        measure ??= date is not null || year is not null || nationality is not null || group is not null ? ResidentsMeasure : null;
        return (new MapRequest(municipality, level, measure, date, year, nationality, group, tolerance), null);
    }

    /// <summary>A figure's share of the area's residents means something unless the figure is the residents themselves.</summary>
    public bool WantsShare => Measure is not null && (Measure != ResidentsMeasure || Nationality is not null || Group is not null);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Alpha2();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearOnly();
}

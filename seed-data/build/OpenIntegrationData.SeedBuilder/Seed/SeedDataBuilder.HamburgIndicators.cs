using OpenIntegrationData.SeedBuilder.Readers.Hamburg;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>
/// The seed builder: the columns of Hamburg's Stadtteil profiles that are not population counts become context
/// indicators of the catalogue, each value an observation of its Stadtteil, Bezirk or the city. Cells the office left
/// as "." (not available or kept secret) or "-" (not explained in the file) are left out, not read as zero.
/// </summary>
internal sealed partial class SeedDataBuilder
{
    private const int HamburgIndicatorOrder = 300_000;

    private void AddHamburgIndicators(IReadOnlyList<(StadtteilprofileRecord Row, HamburgArea Area)> rows)
    {
        // The counts left out as indicators must be the ones loaded as population figures, or a column would be lost.
        var populationCounts = ProfileIndicators.LoadedElsewhere.Where(c => c.UnitDe == ProfileIndicators.Count).Select(c => c.Column.Header);
        if (!populationCounts.Order(StringComparer.Ordinal).SequenceEqual(HamburgCounts.Select(c => c.Header).Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException("the profile columns left out as indicators are not the ones loaded as population figures");
        }
        foreach (var indicator in ProfileIndicators.All)
        {
            var english = English(indicator.Code);
            _indicator.Add(new Dictionary<string, string?>
            {
                ["code"] = indicator.Code,
                ["kind"] = "context",
                ["sort_order"] = Text.Invariant(HamburgIndicatorOrder + indicator.Column.Index),
                ["title_de"] = indicator.TitleDe,
                ["short_title_de"] = indicator.TitleDe,
                ["title_en"] = english.Title,
                ["short_title_en"] = english.Title,
                ["definition_de"] = indicator.DefinitionDe,
                ["definition_en"] = english.Definition,
                ["unit_de"] = indicator.UnitDe,
                ["unit_en"] = english.Unit,
                ["english_by_project"] = "true",
                ["data_basis_de"] = $"Statistikamt Nord, Daten für die Stadtteilprofile 2014, Spalte „{indicator.Column.Header.Trim()}“",
                ["is_repeat"] = "false",
                ["in_un_list"] = "false",
                ["source_key"] = HamburgProfiles,
            }, indicator.Code);
            var (year, referenceDate, note) = HamburgReference(indicator);
            foreach (var (row, area) in rows)
            {
                if (row[indicator.Column].Number is not { } value)
                {
                    continue;
                }
                _indicatorValue.Add(new Dictionary<string, string?>
                {
                    ["indicator_code"] = indicator.Code,
                    ["municipality_ags"] = Hamburg,
                    ["year"] = Text.Invariant(year),
                    ["reference_date"] = referenceDate,
                    ["value"] = Text.Invariant(value),
                    ["unit"] = indicator.UnitDe,
                    ["status"] = "published",
                    ["source_key"] = HamburgProfiles,
                    ["is_illustrative"] = "false",
                    ["note"] = note,
                    ["area_level_key"] = area.Level,
                    ["area_code"] = area.Code,
                }, $"{indicator.Code}|{Hamburg}|{area.Level}|{area.Code}|{year}");
            }
        }
    }

    /// <summary>Year, exact reference date (only where the file gives one) and a note on the reference of a column.</summary>
    private static (int Year, string? ReferenceDate, string? Note) HamburgReference(ProfileIndicator indicator)
    {
        var reference = indicator.Column.Reference;
        return indicator.Timing switch
        {
            ProfileTiming.EndOf2013 => (2013, "2013-12-31", null),
            ProfileTiming.During2013 => (2013, null, "Counted over the year 2013."),
            ProfileTiming.NotStated => (2013, null, "The column header names no reference date; the profiles describe the end of 2013."),
            _ when reference.IsSchoolYear => (reference.Year, null, $"School year {reference.AsPublished}."),
            _ => (reference.Year, null, $"Reference as the column header gives it: {reference.AsPublished}."),
        };
    }
}

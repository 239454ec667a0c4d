using NodaTime;
using NodaTime.Text;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: helpers for the cities whose areas come as a hierarchy (area_level, area, area_match) and
/// whose figures name their area, measure and reference date.</summary>
internal sealed partial class SeedDataBuilder
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private void AddAreaLevel(string ags, string key, string nameDe, string nameEn, int depth, LocalDate? validFrom, LocalDate? validUntil,
        string descriptionDe, string descriptionEn, string sourceKey) =>
        _areaLevel.Add(new Dictionary<string, string?>
        {
            ["municipality_ags"] = ags,
            ["key"] = key,
            ["name_de"] = nameDe,
            ["name_en"] = nameEn,
            ["depth"] = Text.Invariant(depth),
            ["valid_from"] = validFrom is { } from ? IsoDate.Format(from) : null,
            ["valid_until"] = validUntil is { } until ? IsoDate.Format(until) : null,
            ["description_de"] = descriptionDe,
            ["description_en"] = descriptionEn,
            ["source_key"] = sourceKey,
        }, ags + "|" + key);

    private void AddArea(string ags, string levelKey, string code, string? name, string? parentLevelKey, string? parentCode, int sortOrder,
        decimal? areaKm2, string sourceKey) =>
        _area.Add(new Dictionary<string, string?>
        {
            ["municipality_ags"] = ags,
            ["level_key"] = levelKey,
            ["code"] = code,
            ["name"] = name,
            ["parent_level_key"] = parentLevelKey,
            ["parent_code"] = parentCode,
            ["sort_order"] = Text.Invariant(sortOrder),
            ["area_km2"] = areaKm2 is { } km2 ? Text.Invariant(km2) : null,
            ["source_key"] = sourceKey,
        }, $"{ags}|{levelKey}|{code}");

    private void AddAreaMatch(string ags, string oldLevel, string oldCode, string newLevel, string newCode) =>
        _areaMatch.Add(new Dictionary<string, string?>
        {
            ["municipality_ags"] = ags,
            ["old_level_key"] = oldLevel,
            ["old_code"] = oldCode,
            ["new_level_key"] = newLevel,
            ["new_code"] = newCode,
        }, $"{ags}|{oldLevel}|{oldCode}|{newLevel}|{newCode}");

    private void AddCityMunicipality(string ags, string name, string officialName, string state, string type, decimal? areaKm2,
        CityFigure? latest, string sourceKey) =>
        _municipality.Add(new Dictionary<string, string?>
        {
            ["ags"] = ags,
            ["name"] = name,
            ["official_name"] = officialName,
            ["state"] = state,
            ["type"] = type,
            ["area_km2"] = areaKm2 is { } km2 ? Text.Invariant(km2) : null,
            ["population"] = latest is null ? null : Text.Invariant(latest.Persons),
            ["population_year"] = latest is null ? null : Text.Invariant(latest.Year),
            ["population_reference_date"] = latest?.ReferenceDate is { } date ? IsoDate.Format(date) : null,
            ["population_source_key"] = latest?.SourceKey,
            ["source_key"] = sourceKey,
        }, ags);

    /// <summary>One figure of a city with an area hierarchy; an empty level and code mean the whole municipality.</summary>
    private sealed record CityFigure(
        string Ags, string? LevelKey, string? Code, string Measure, int Year, LocalDate? ReferenceDate, string Period, int Persons,
        string SourceKey)
    {
        public string? Alpha2 { get; init; }
        public string? Group { get; init; }
        public string Category { get; init; } = "all";
        public string? Sex { get; init; }
        public string? AgeGroup { get; init; }
        public decimal? Value { get; init; }
        public string? Note { get; init; }
    }

    private void AddCityFigure(CityFigure figure) => AddCityFigureTo(_population, figure);

    private static void AddCityFigureTo(OutputTable population, CityFigure figure) =>
        population.Add(new Dictionary<string, string?>
        {
            ["municipality_ags"] = figure.Ags,
            ["nationality_alpha2"] = figure.Alpha2,
            ["nationality_group_key"] = figure.Group,
            ["migration_category"] = figure.Category,
            ["sex"] = figure.Sex,
            ["age_group"] = figure.AgeGroup,
            ["year"] = Text.Invariant(figure.Year),
            ["reference_date"] = figure.ReferenceDate is { } date ? IsoDate.Format(date) : null,
            ["persons"] = Text.Invariant(figure.Persons),
            ["source_key"] = figure.SourceKey,
            ["is_illustrative"] = "false",
            ["note"] = figure.Note,
            ["area_level_key"] = figure.LevelKey,
            ["area_code"] = figure.Code,
            ["measure_key"] = figure.Measure == Residents ? null : figure.Measure,
            ["period"] = figure.Period,
            ["value"] = figure.Value is { } value ? Text.Invariant(value) : null,
        }, string.Join("|", figure.Ags, figure.LevelKey, figure.Code, figure.Measure, figure.Alpha2, figure.Group, figure.Category,
            figure.Sex, figure.AgeGroup, figure.Year, figure.ReferenceDate));

    /// <summary>An age band "from – under" as the importer writes it: inclusive "from-to" or "from+".</summary>
    private static string AgeGroup(int from, int? under) => under is { } end ? $"{from}-{end - 1}" : $"{from}+";
}

using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.SharedData;

/// <summary>
/// The project's own compiled CSVs in ../shared/data (PROVENANCE.md sections 1–4): comma-separated UTF-8 with a header.
/// Each file's columns are pinned here, so a changed file is refused on line 1 instead of being read wrongly.
/// </summary>
public static class SharedDataCsv
{
    public static IReadOnlyDictionary<string, string[]> Headers { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["city_facts.csv"] = ["city", "area", "subject", "metric", "value", "unit", "reference_date", "source", "note", "publisher", "via_url", "retrieved_copy_url", "source_quality"],
        ["countries.csv"] = [.. CodeListReaders.CountriesHeader],
        ["destatis_staatsangehoerigkeit.csv"] = [.. CodeListReaders.DestatisHeader],
        ["duesseldorf_area_population.csv"] = ["level", "code", "name", "stadtbezirk", "reference_date", "population", "area_km2", "source_url", "note", "publisher", "via_url", "retrieved_copy_url", "source_quality"],
        ["duesseldorf_stadtteile.csv"] = ["stadtbezirk", "stadtteil_nr", "stadtteil", "source_membership", "source_stadtteil_nr"],
        ["inkar_city_indicator_values.csv"] = ["ags", "city", "inkar_raumbezug", "year", "inkar_kuerzel", "sdg_goal", "kurzname_de", "definition_de", "unit_de", "value", "inkar_table", "note"],
        ["koeln_einwohner_migration_2005_2012.csv"] = ["year", "area_code", "area_name", "area_level", "stadtbezirk_code", "table_id", "table_de", "row_id", "row_de", "value"],
        ["kommunale_sdg_indikatoren_inkar.csv"] = ["sdg_goal", "inkar_kuerzel", "inkar_m_id", "inkar_merk_id", "kurzname_de", "definition_de", "unit_de", "formula_de", "data_sources_de", "goal_seen_in_inkar_sdg_label"],
        ["municipalities.csv"] = ["ags", "name", "name_inkar", "type", "land", "stadtbezirke", "stadtteile"],
        ["sdg_goals.csv"] = ["goal", "title_de", "title_en", "short_title_de", "short_title_en", "colour_hex"],
        ["sdg_indicators.csv"] = ["indicator", "goal", "target", "title_de", "title_en", "title_en_source", "title_en_open_sdg", "tier", "custodian_agencies", "partner_agencies", "is_repeat", "in_un_list_2022_11_30", "un_internal_code", "un_notes"],
        ["sdg_targets.csv"] = ["target", "goal", "title_de", "title_en"],
    };

    /// <summary>Every row of one of the files, its header checked.</summary>
    public static IReadOnlyList<SourceRecord> Read(string folder, string fileName) =>
        Headers.TryGetValue(fileName, out var header)
            ? [.. DelimitedFile.Read(Path.Combine(folder, fileName), ',', header)]
            : throw new ArgumentException($"no reader knows the columns of {fileName}", nameof(fileName));
}

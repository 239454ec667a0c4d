using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Translations;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>Builds every output table from the public files.</summary>
internal sealed partial class SeedDataBuilder(RawData raw)
{
    private const string Retrieved = "2026-11-21";
    private const string Duesseldorf = "05111000";
    private const string Dortmund = "05913000";
    private const string Koeln = "05315000";
    private const string Dinslaken = "05170008";

    private const string SdgTranslations = "open-sdg-translations";
    private const string SdgColours = "open-sdg-colours";
    private const string UnTierList = "un-sdg-tier-classification-2022-11-30";
    private const string Inkar = "bbsr-inkar-2024";
    private const string IsoCodes = "debian-iso-codes-4.15.0";
    private const string Destatis = "destatis-staatsangehoerigkeit-2021-02-19";
    private const string KoelnPopulation = "koeln-bevoelkerung-2005-2012";
    private const string DortmundStatistics = "dortmund-statistik-bevoelkerungsstand";
    private const string ProjectBrief = "oid-project-brief";
    private const string Illustrative = "oid-illustrative";

    private readonly OutputTable _source = new("source",
        "key", "title", "publisher", "url", "kind", "licence", "licence_name", "licence_url",
        "published_on", "retrieved_on", "is_illustrative", "note", "attribution", "quality_level");
    private readonly OutputTable _goal = new("sdg_goal",
        "number", "title_de", "title_en", "short_title_de", "short_title_en", "colour_hex", "source_key");
    private readonly OutputTable _target = new("sdg_target",
        "code", "goal_number", "sort_order", "title_de", "title_en", "source_key");
    private readonly OutputTable _indicator = new("sdg_indicator",
        "code", "kind", "goal_number", "target_code", "sort_order", "title_de", "title_en", "short_title_de",
        "short_title_en", "definition_de", "definition_en", "unit_de", "unit_en", "formula_de", "data_basis_de",
        "tier", "custodian_agencies", "partner_agencies", "is_repeat", "in_un_list", "un_internal_code",
        "un_notes", "inkar_code", "source_key", "english_by_project");
    private readonly OutputTable _nationality = new("nationality",
        "alpha2", "alpha3", "numeric_code", "name_de", "name_en", "official_name_de", "official_name_en",
        "common_name_de", "common_name_en", "is_eu_member", "region_de", "region_en", "destatis_code", "source_key");
    private readonly OutputTable _group = new("nationality_group",
        "key", "kind", "name_de", "name_en", "description_de", "description_en", "nationality_alpha2",
        "destatis_code", "source_key");
    private readonly OutputTable _municipality = new("municipality",
        "ags", "name", "official_name", "state", "type", "area_km2", "population", "population_year",
        "population_reference_date", "population_source_key", "source_key");
    private readonly OutputTable _district = new("district",
        "municipality_ags", "name", "number", "sort_order", "area_km2", "area_reference_year", "population",
        "population_year", "population_reference_date", "population_source_key", "source_key");
    private readonly OutputTable _subDistrict = new("sub_district",
        "municipality_ags", "district_name", "name", "number", "sort_order", "area_km2", "area_reference_year",
        "population", "population_year", "population_reference_date", "population_source_key", "source_key");
    private readonly OutputTable _population = new("population_observation",
        "municipality_ags", "district_name", "sub_district_name", "nationality_alpha2", "nationality_group_key",
        "migration_category", "sex", "age_group", "year", "reference_date", "persons", "source_key",
        "is_illustrative", "note", "area_level_key", "area_code", "measure_key", "period", "value");
    private readonly OutputTable _indicatorValue = new("indicator_observation",
        "indicator_code", "municipality_ags", "district_name", "sub_district_name", "year", "reference_date",
        "value", "unit", "disaggregation", "status", "source_key", "is_illustrative", "note", "area_level_key", "area_code");
    private readonly OutputTable _areaLevel = new("area_level",
        "municipality_ags", "key", "name_de", "name_en", "depth", "valid_from", "valid_until", "description_de",
        "description_en", "source_key");
    private readonly OutputTable _area = new("area",
        "municipality_ags", "level_key", "code", "name", "parent_level_key", "parent_code", "valid_from", "valid_until",
        "sort_order", "area_km2", "source_key");
    private readonly OutputTable _areaMatch = new("area_match",
        "municipality_ags", "old_level_key", "old_code", "new_level_key", "new_code");
    private readonly OutputTable _measure = new("measure",
        "key", "name_de", "name_en", "description_de", "description_en", "unit_de", "unit_en", "kind", "source_key");
    private readonly OutputTable _programme = new("programme",
        "key", "municipality_ags", "name_de", "name_en", "description_de", "description_en", "provider",
        "category", "status", "start_date", "end_date", "url", "source_key");
    private readonly OutputTable _programmeDistrict = new("programme_district",
        "programme_key", "municipality_ags", "district_name");
    private readonly OutputTable _programmeLanguage = new("programme_language", "programme_key", "language_code");
    private readonly OutputTable _programmeTargetGroup = new("programme_target_group", "programme_key", "target_group");
    private readonly OutputTable _programmeGoal = new("programme_sdg_goal", "programme_key", "goal_number", "assigned_by");
    private readonly OutputTable _programmeTarget = new("programme_sdg_target", "programme_key", "target_code", "assigned_by");
    private readonly OutputTable _network = new("network",
        "key", "name_de", "name_en", "description_de", "description_en", "kind", "scope", "founded_year", "url",
        "source_key");
    private readonly OutputTable _membership = new("membership",
        "municipality_ags", "network_key", "role", "joined_year", "joined_on", "left_on", "source_key", "note");

    private readonly Dictionary<string, string> _sourceKeyByUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sourceQuality = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, IndicatorTextEn>> _english = new(IndicatorTextsEn.Read);
    private readonly List<Place> _places = [];
    private readonly List<PopulationFigure> _figures = [];
    private readonly HashSet<string> _figureKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _municipalCodes = new(StringComparer.Ordinal);

    private IEnumerable<OutputTable> Tables =>
    [
        _source, _goal, _target, _indicator, _nationality, _group, _municipality, _district, _subDistrict,
        _areaLevel, _area, _areaMatch, _measure, _population, _indicatorValue, _programme, _programmeDistrict, _programmeLanguage, _programmeTargetGroup,
        _programmeGoal, _programmeTarget, _network, _membership,
        _boundaries,
    ];

    private void Build()
    {
        AddFixedSources();
        AddSdgFramework();
        AddNationalities();
        CollectPlaces();
        CollectKoelnPopulation();
        CollectDuesseldorfPopulation();
        CollectCityFactPopulation();
        CollectIllustrativeDuesseldorfNationalities();
        AddPlaces();
        AddCitySources();
        AddMeasures();
        AddPopulationObservations();
        AddBerlin();
        AddMuenchen();
        AddHamburg();
        AddBadenWuerttemberg();
        AddIndicatorObservations();
        AddProgrammes();
        AddNetworks();
        AddBoundaries();
    }

    /// <summary>Builds every table from the shared data folder and writes them into the output folder; one line per file.</summary>
    public static IReadOnlyList<string> BuildInto(string sharedData, string output)
    {
        var builder = new SeedDataBuilder(new RawData(sharedData));
        builder.Build();
        return builder.WriteTo(output);
    }

    private List<string> WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var lines = new List<string>();
        foreach (var table in Tables)
        {
            table.WriteTo(folder);
            lines.Add($"{table.Name,-24} {table.Count,6} rows");
        }
        CopyBoundaryFiles(folder);
        return lines;
    }
}

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

    // Each file's columns are the import catalog's, which takes them from the EF Core model.
    private readonly OutputTable _source = OutputTable.For("source");
    private readonly OutputTable _goal = OutputTable.For("sdg_goal");
    private readonly OutputTable _target = OutputTable.For("sdg_target");
    private readonly OutputTable _indicator = OutputTable.For("sdg_indicator");
    private readonly OutputTable _nationality = OutputTable.For("nationality");
    private readonly OutputTable _group = OutputTable.For("nationality_group");
    private readonly OutputTable _municipality = OutputTable.For("municipality");
    private readonly OutputTable _district = OutputTable.For("district");
    private readonly OutputTable _subDistrict = OutputTable.For("sub_district");
    private readonly OutputTable _population = OutputTable.For("population_observation");
    private readonly OutputTable _berlinDetail = OutputTable.CompressedPart("population_observation", "berlin-detail");
    private readonly OutputTable _indicatorValue = OutputTable.For("indicator_observation");
    private readonly OutputTable _areaLevel = OutputTable.For("area_level");
    private readonly OutputTable _area = OutputTable.For("area");
    private readonly OutputTable _areaMatch = OutputTable.For("area_match");
    private readonly OutputTable _measure = OutputTable.For("measure");
    private readonly OutputTable _programme = OutputTable.For("programme");
    private readonly OutputTable _programmeDistrict = OutputTable.For("programme_district");
    private readonly OutputTable _programmeLanguage = OutputTable.For("programme_language");
    private readonly OutputTable _programmeTargetGroup = OutputTable.For("programme_target_group");
    private readonly OutputTable _programmeGoal = OutputTable.For("programme_sdg_goal");
    private readonly OutputTable _programmeTarget = OutputTable.For("programme_sdg_target");
    private readonly OutputTable _network = OutputTable.For("network");
    private readonly OutputTable _membership = OutputTable.For("membership");

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
        _areaLevel, _area, _areaMatch, _measure, _population, _berlinDetail, _indicatorValue, _programme, _programmeDistrict, _programmeLanguage, _programmeTargetGroup,
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
            lines.Add($"{table.FileName,-48} {table.Count,7} rows");
        }
        CopyBoundaryFiles(folder);
        return lines;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Residents.</summary>
internal sealed partial class SeedDataBuilder
{
    private void AddFigure(PopulationFigure figure)
    {
        if (!_figureKeys.Add(figure.Key))
        {
            var existing = _figures.Single(f => f.Key == figure.Key);
            if (existing.Persons != figure.Persons)
            {
                throw new InvalidOperationException($"two different figures for {figure.Key}: {existing.Persons} and {figure.Persons}");
            }
            return;
        }
        _figures.Add(figure);
    }

    private static readonly Dictionary<(string Table, string Row), (string Category, string? Group, string? Sex)> KoelnRows = new()
    {
        [("005", "10")] = ("all", null, null),
        [("010", "10")] = ("all", null, "male"),
        [("010", "20")] = ("all", null, "female"),
        [("030", "10")] = ("with_migration_background", null, null),
        [("030", "20")] = ("germans_with_migration_background", null, null),
        [("030", "30")] = ("resettlers", null, null),
        [("030", "40")] = ("naturalised", null, null),
        [("030", "50")] = ("all", "foreign", null),
        [("030", "60")] = ("all", "africa", null),
        [("030", "70")] = ("all", "america", null),
        [("030", "80")] = ("all", "asia", null),
        [("030", "90")] = ("all", "eu", null),
        [("030", "100")] = ("all", "turkey", null),
        [("030", "110")] = ("all", "rest-of-europe", null),
        [("030", "120")] = ("all", "other", null),
    };

    private void CollectKoelnPopulation()
    {
        var rows = raw.Read("koeln_einwohner_migration_2005_2012.csv");
        var districtNames = rows.Where(r => r["area_level"] == "Stadtbezirk")
            .Select(r => (r["stadtbezirk_code"], r["area_name"])).Distinct()
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (category, group, sex) = KoelnRows[(row["table_id"], row["row_id"])];
            var (district, subDistrict) = row["area_level"] switch
            {
                "Stadt" => ((string?)null, (string?)null),
                "Stadtbezirk" => (row["area_name"], null),
                _ => (districtNames[row["stadtbezirk_code"]], row["area_name"]),
            };
            AddFigure(new PopulationFigure(Koeln, district, subDistrict, null, group, category, sex,
                new Period(int.Parse(row["year"], CultureInfo.InvariantCulture), null),
                int.Parse(row["value"], CultureInfo.InvariantCulture), KoelnPopulation, false, null));
        }
    }

    private void CollectDuesseldorfPopulation()
    {
        foreach (var row in raw.Read("duesseldorf_area_population.csv").Where(r => r["population"].Length > 0))
        {
            var (district, subDistrict) = row["level"] switch
            {
                "stadt" => ((string?)null, (string?)null),
                "stadtbezirk" => ($"Stadtbezirk {row["stadtbezirk"]}", null),
                _ => ($"Stadtbezirk {row["stadtbezirk"]}", row["name"]),
            };
            AddFigure(new PopulationFigure(Duesseldorf, district, subDistrict, null, null, "all", null,
                Period.Parse(row["reference_date"]), int.Parse(row["population"], CultureInfo.InvariantCulture),
                WebSource(row, "source_url"), false, Text.NullIfEmpty(row["note"])));
        }
    }

    /// <summary>Which subjects of city_facts.csv are counts of residents, and what they count.</summary>
    private static readonly Dictionary<string, (string? Alpha2, string? Group, string? Sex, string? Note)> FactSubjects = new(StringComparer.Ordinal)
    {
        ["Einwohner"] = (null, null, null, null),
        ["Einwohner (Amtliche Einwohnerzahl)"] = (null, null, null, null),
        ["Frauen"] = (null, null, "female", null),
        ["Männer"] = (null, null, "male", null),
        ["Ausländer"] = (null, "foreign", null, null),
        ["Ausländer (nichtdeutsche Staatsangehörigkeit)"] = (null, "foreign", null, null),
        ["Ausländerinnen (Frauen)"] = (null, "foreign", "female", null),
        ["Ausländer (Männer)"] = (null, "foreign", "male", null),
        ["Staatsangehörigkeit Türkei"] = ("TR", null, null, null),
        ["Staatsangehörigkeit Griechenland"] = ("GR", null, null, null),
        ["Staatsangehörigkeit Italien"] = ("IT", null, null, null),
        ["Staatsangehörigkeit Japan"] = ("JP", null, null, null),
        ["Staatsangehörigkeit Iran"] = ("IR", null, null, null),
        ["Staatsangehörigkeit China"] = ("CN", null, null, null),
        ["Staatsangehörigkeit Korea"] = ("KR", null, null, "The source says 'Korea'; taken as the Republic of Korea."),
        ["Staatsangehörigkeit Asien (ohne Türkei)"] = (null, "asia", null, null),
    };

    private static readonly Dictionary<string, string> CityAgs = new(StringComparer.Ordinal)
    {
        ["Düsseldorf"] = Duesseldorf,
        ["Dortmund"] = Dortmund,
        ["Köln"] = Koeln,
    };

    private void CollectCityFactPopulation()
    {
        foreach (var row in raw.Read("city_facts.csv"))
        {
            if (!CityAgs.TryGetValue(row["city"], out var ags)
                || row["unit"] != "persons"
                || row["metric"] is not ("population" or "count")
                || !FactSubjects.TryGetValue(row["subject"], out var subject)
                || !IsPeriod(row["reference_date"])
                || !int.TryParse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var persons))
            {
                continue;
            }
            var area = ParseFactArea(row["area"]);
            if (area is null)
            {
                continue;
            }
            var source = row["source"].StartsWith("Dortmunder Statistik", StringComparison.Ordinal) ? DortmundStatistics : WebSource(row, "source");
            var note = string.Join(" ", new[] { subject.Note, Text.NullIfEmpty(row["note"]) }.Where(n => n is not null));
            AddFigure(new PopulationFigure(ags, area.Value.District, area.Value.SubDistrict, subject.Alpha2, subject.Group,
                "all", subject.Sex, Period.Parse(row["reference_date"]), persons, source, false, Text.NullIfEmpty(note)));
        }
    }

    /// <summary>"Stadt", "Stadtbezirk Hombruch" or "Stadtteil Stadtmitte (Stadtbezirk 1)"; other areas are not places of ours.</summary>
    private static (string? District, string? SubDistrict)? ParseFactArea(string area)
    {
        if (area == "Stadt")
        {
            return (null, null);
        }
        var quarter = System.Text.RegularExpressions.Regex.Match(area, @"^Stadtteil (.+) \((Stadtbezirk [0-9]+)\)$");
        if (quarter.Success)
        {
            return (quarter.Groups[2].Value, quarter.Groups[1].Value);
        }
        return area.StartsWith("Stadtbezirk ", StringComparison.Ordinal) ? (area["Stadtbezirk ".Length..], null) : null;
    }

    /// <summary>Share of each nationality among Düsseldorf's foreign residents. TR, GR and PL are the shares of 2019
    /// (Rheinische Post, 17.04.2021); IT, JP, IR and CN follow their ratio to TR in the city's 2006 counts; the rest
    /// are illustrative weights.</summary>
    private static readonly (string Alpha2, double Share)[] IllustrativeNationalities =
    [
        ("TR", 0.083), ("GR", 0.067), ("PL", 0.058), ("RO", 0.045), ("SY", 0.040), ("IT", 0.038), ("BG", 0.030),
        ("JP", 0.027), ("HR", 0.025), ("ES", 0.025), ("IQ", 0.025), ("MA", 0.025), ("UA", 0.020), ("RU", 0.020),
        ("IN", 0.020), ("RS", 0.020), ("FR", 0.015), ("NL", 0.012), ("GB", 0.012), ("PT", 0.012), ("AF", 0.012),
        ("US", 0.010), ("IR", 0.008), ("CN", 0.0075), ("KR", 0.0055),
    ];

    /// <summary>Düsseldorf publishes residents by nationality per Stadtbezirk, but no copy was available: illustrative
    /// figures for 2014–2023, scaled to the real city population and the real count of foreign residents.</summary>
    private void CollectIllustrativeDuesseldorfNationalities()
    {
        var weights = DistrictForeignWeights();
        for (var year = 2014; year <= 2023; year++)
        {
            var foreignCity = 152_232 + ((year - 2019) * (25_844 / 5.0));
            foreach (var (district, weight) in weights)
            {
                var foreign = foreignCity * weight * Noise.Between($"foreign|{district}|{year}", 0.98, 1.02);
                AddIllustrative(district, null, "foreign", year, foreign);
                foreach (var (alpha2, share) in IllustrativeNationalities)
                {
                    var spread = Noise.Between($"spread|{district}|{alpha2}", 0.6, 1.4);
                    var drift = Noise.Between($"drift|{district}|{alpha2}|{year}", 0.95, 1.05);
                    AddIllustrative(district, alpha2, null, year, foreign * share * spread * drift);
                }
            }
        }
    }

    private void AddIllustrative(string district, string? alpha2, string? group, int year, double persons) =>
        AddFigure(new PopulationFigure(Duesseldorf, district, null, alpha2, group, "all", null, new Period(year, null),
            (int)Math.Round(persons, MidpointRounding.AwayFromZero), Illustrative, true,
            "Illustrative, not official: generated for demonstration, scaled to the real city totals."));

    /// <summary>Each Stadtbezirk's share of the city's foreign residents: its latest real population times an
    /// illustrative factor. Stadtbezirk 9 has no published total here, so it gets the rest of the 2019 city total.</summary>
    private List<(string District, double Weight)> DistrictForeignWeights()
    {
        var population = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var number in Enumerable.Range(1, 10))
        {
            var district = $"Stadtbezirk {number}";
            if (LatestTotal(Duesseldorf, district, null) is { } latest)
            {
                population[district] = latest.Persons;
            }
        }
        population["Stadtbezirk 9"] = 645_923 - population.Values.Sum();
        var factors = population.Keys.ToDictionary(d => d, d => population[d] * DistrictFactor(d), StringComparer.Ordinal);
        var total = factors.Values.Sum();
        return [.. Enumerable.Range(1, 10).Select(n => $"Stadtbezirk {n}").Select(d => (d, factors[d] / total))];
    }

    /// <summary>An illustrative per-district factor; also reused for the district indicator values so the two agree.</summary>
    private static double DistrictFactor(string district) => Noise.Between($"factor|{district}", 0.7, 1.4);

    private void AddPopulationObservations()
    {
        foreach (var figure in _figures)
        {
            _population.Add(new Dictionary<string, string?>
            {
                ["municipality_ags"] = figure.Ags,
                ["district_name"] = figure.District,
                ["sub_district_name"] = figure.SubDistrict,
                ["nationality_alpha2"] = figure.Alpha2,
                ["nationality_group_key"] = figure.Group,
                ["migration_category"] = figure.Category,
                ["sex"] = figure.Sex,
                ["year"] = Text.Invariant(figure.Period.Year),
                ["reference_date"] = figure.Period.Date,
                ["persons"] = Text.Invariant(figure.Persons),
                ["source_key"] = figure.SourceKey,
                ["is_illustrative"] = Text.Bool(figure.IsIllustrative),
                ["note"] = figure.Note,
            });
        }
    }
}

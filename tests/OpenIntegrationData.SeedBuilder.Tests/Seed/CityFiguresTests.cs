using System.Globalization;
using OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;
using OpenIntegrationData.SeedBuilder.Readers.Berlin;
using OpenIntegrationData.SeedBuilder.Readers.Hamburg;
using OpenIntegrationData.SeedBuilder.Readers.Muenchen;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Seed;

/// <summary>The seed's city figures are the source files' figures: each check reads the file with its reader and finds the
/// same number in seed-data/population_observation.csv (no figure is typed into a test).</summary>
public sealed class CityFiguresTests
{
    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Figures => SeedCsv.Read("population_observation.csv");

    // The figures by their natural key, built once: a scan of 95,000 rows per lookup is too slow for a test.
    private static readonly Lazy<ILookup<string, IReadOnlyDictionary<string, string>>> ByKey = new(() =>
        Figures.ToLookup(f => Key(f["municipality_ags"], f["area_level_key"], f["area_code"], f["measure_key"], f["reference_date"],
            f["nationality_alpha2"], f["nationality_group_key"], f["migration_category"], f["sex"], f["age_group"]), StringComparer.Ordinal));

    private static string Key(params string[] parts) => string.Join("|", parts);

    private static IReadOnlyDictionary<string, string> Single(string ags, string level, string code, string measure, string date,
        string alpha2 = "", string group = "", string category = "all", string sex = "", string age = "") =>
        Assert.Single(ByKey.Value[Key(ags, level, code, measure, date, alpha2, group, category, sex, age)]);

    [Fact]
    public void Berlin_foreigners_and_residents_per_Bezirk_and_city_at_the_end_of_2024_are_T1s()
    {
        var folder = SharedData.Path("cities", "berlin", "population");
        var files = BerlinLorFile.InFolder(folder);
        var bezirke = BerlinLorReader.ReadT1(files.Single(f => (f.Year, f.HalfYear, f.Table, f.Level) == (2024, 2, 1, BerlinLevel.Bezirk)));
        foreach (var row in bezirke)
        {
            Assert.Equal(Text(row.Foreigners), Single("11000000", "bezirk", row.Id, "", "2024-12-31", group: "foreign")["persons"]);
            Assert.Equal(Text(row.Inhabitants), Single("11000000", "bezirk", row.Id, "", "2024-12-31")["persons"]);
            Assert.Equal("half_year", Single("11000000", "bezirk", row.Id, "", "2024-12-31")["period"]);
        }
        var city = BerlinLorReader.ReadT1(files.Single(f => (f.Year, f.HalfYear, f.Table, f.Level) == (2015, 1, 1, BerlinLevel.City))).Single();
        Assert.Equal(Text(city.WithMigrationBackground), Single("11000000", "", "", "", "2015-06-30", category: "with_migration_background")["persons"]);
    }

    [Fact]
    public void Berlin_planning_areas_of_both_LOR_schemes_carry_T1_and_the_origin_groups_T4_for_the_Bezirke()
    {
        var files = BerlinLorFile.InFolder(SharedData.Path("cities", "berlin", "population"));
        foreach (var (year, level) in new[] { (2020, "planungsraum-lor2006"), (2021, "planungsraum-lor2021") })
        {
            var row = BerlinLorReader.ReadT1(files.Single(f => (f.Year, f.HalfYear, f.Table, f.Level) == (year, 2, 1, BerlinLevel.Planungsraum)))[0];
            Assert.Equal(Text(row.Germans), Single("11000000", level, row.Id, "", $"{year}-12-31", alpha2: "DE")["persons"]);
        }
        var t4 = BerlinLorReader.ReadT4(files.Single(f => (f.Year, f.HalfYear, f.Table, f.Level) == (2024, 2, 4, BerlinLevel.Bezirk)));
        foreach (var row in t4)
        {
            Assert.Equal(Text(row.ByOrigin["turkey"]), Single("11000000", "bezirk", row.Id, "migration-background-by-origin", "2024-12-31",
                group: "berlin-origin-turkey", category: "with_migration_background")["persons"]);
        }
    }

    private static readonly Lazy<ILookup<(string, string), IReadOnlyDictionary<string, string>>> Muenchen = new(() => Figures
        .Where(f => f["municipality_ags"] == "09162000" && f["measure_key"] == "residents-annual-mean" && f["nationality_group_key"] == "foreign")
        .ToLookup(f => (f["area_code"], f["year"])));

    [Fact]
    public void Muenchen_non_German_mean_population_per_Stadtbezirk_over_25_years_is_the_Indikatorenatlas_value()
    {
        var rows = IndikatorenatlasReader.Read(SharedData.Path("cities", "muenchen", "population", "indikat2510_bevoelkerung_mobilitaetsziffer_28_10_25.csv"), "Mobilitätsziffer");
        foreach (var row in rows.Where(r => r.Auspraegung == Auspraegung.Nichtdeutsch && !r.Area.IsCity))
        {
            var figure = Assert.Single(Muenchen.Value[(row.Area.Code!, Text(row.Year))]);
            Assert.Equal(row.BaseValues[4]!.Value.ToString(CultureInfo.InvariantCulture), figure["value"]);
        }
    }

    [Fact]
    public void Hamburg_foreigners_per_Bezirk_and_city_are_the_profiles_rows()
    {
        var rows = StadtteilprofileReader.Read(SharedData.Path("cities", "hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv"));
        var foreigners = ProfileColumns.ByHeader("Ausländerinnen und Ausländer");
        var bezirke = Figures.Where(f => f["municipality_ags"] == "02000000" && f["area_level_key"] == "bezirk" && f["nationality_group_key"] == "foreign").ToList();
        Assert.Equal(7, bezirke.Count);
        Assert.Equal(rows.Where(r => r.Kind == ProfileAreaKind.Bezirk).Select(r => Text((int)r[foreigners].Number!.Value)).Order(),
            bezirke.Select(f => f["persons"]).Order());
        Assert.Equal(Text((int)rows[^1][foreigners].Number!.Value), Single("02000000", "", "", "", "2013-12-31", group: "foreign")["persons"]);
    }

    [Fact]
    public void Hamburg_indicator_values_are_the_profiles_numbers_with_dots_and_dashes_and_combined_rows_left_out()
    {
        var rows = StadtteilprofileReader.Read(SharedData.Path("cities", "hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv"));
        var single = rows.Where(r => r.Stadtteile.Count <= 1).ToList();
        var served = SeedCsv.Read("indicator_observation.csv").Where(o => o["municipality_ags"] == "02000000")
            .ToLookup(o => (o["indicator_code"], o["area_level_key"], o["area_code"]));
        var codeOf = SeedCsv.Read("area.csv").Where(a => a["municipality_ags"] == "02000000" && a["level_key"] is "bezirk" or "stadtteil")
            .ToDictionary(a => (a["level_key"], a["name"]), a => a["code"]);
        var expected = 0;
        foreach (var indicator in ProfileIndicators.All)
        {
            foreach (var row in single)
            {
                var level = row.Kind switch { ProfileAreaKind.City => "", ProfileAreaKind.Bezirk => "bezirk", _ => "stadtteil" };
                var code = level.Length == 0 ? "" : codeOf[(level, row.Name)];
                var values = served[(indicator.Code, level, code)].ToList();
                if (row[indicator.Column].Number is { } number)
                {
                    expected++;
                    var value = Assert.Single(values);
                    Assert.Equal(number.ToString(CultureInfo.InvariantCulture), value["value"]);
                    Assert.Equal(indicator.UnitDe, value["unit"]);
                    Assert.Equal(("published", "false"), (value["status"], value["is_illustrative"]));
                }
                else
                {
                    Assert.Empty(values);
                }
            }
        }
        Assert.Equal(expected, served.Sum(g => g.Count()));
    }

    [Fact]
    public void Hamburg_indicators_count_at_their_own_reference_and_cite_Statistikamt_Nord()
    {
        var observations = SeedCsv.Read("indicator_observation.csv").Where(o => o["municipality_ags"] == "02000000").ToList();
        string Year(string key) => observations.Where(o => o["indicator_code"] == ProfileIndicators.CodePrefix + key)
            .Select(o => $"{o["year"]} {o["reference_date"]}").Distinct().Single();
        Assert.Equal("2013 2013-12-31", Year("auslaenderanteil"));
        Assert.Equal("2013 ", Year("geburten"));
        Assert.Equal("2013 ", Year("arbeitslosenanteil"));
        Assert.Equal("2010 ", Year("einkommen-je-steuerpflichtigen"));
        Assert.Equal("2014 ", Year("pkw-dichte"));
        Assert.Equal("2013 ", Year("grundschulen"));
        var source = Assert.Single(SeedCsv.Read("source.csv"), s => s["key"] == observations.Select(o => o["source_key"]).Distinct().Single());
        Assert.Equal("dl-de/by-2-0", source["licence"]);
        Assert.Contains("Statistikamt Nord", source["attribution"], StringComparison.Ordinal);
    }

    [Fact]
    public void Stuttgart_foreigners_by_nationality_are_the_registers_counts_and_every_name_has_a_code()
    {
        var file = BwJsonReader.ReadNationalities(SharedData.Path("cities", "baden-wuerttemberg", "district-nationalities-2025.json"), Names.FromSharedData());
        var stuttgart = file.Kreise.Single(k => k.Kreis.Id == "08111");
        var figures = Figures.Where(f => f["municipality_ags"] == "08111000" && f["measure_key"] == "foreigners-azr").ToList();
        Assert.Equal(stuttgart.Nationalities.Count + 1, figures.Count);
        Assert.Equal(Text(stuttgart.ForeignTotal), Assert.Single(figures, f => f["nationality_group_key"] == "foreign")["persons"]);
        foreach (var count in stuttgart.Nationalities)
        {
            var figure = Assert.Single(figures, f => count.Nationality.Alpha2 is { } alpha2
                ? f["nationality_alpha2"] == alpha2
                : f["nationality_group_key"] == (count.Nationality.DestatisCodes.Count == 1 ? "destatis-" + count.Nationality.DestatisCodes[0] : "destatis-998-999"));
            Assert.Equal(Text(count.Count), figure["persons"]);
        }
    }

    [Fact]
    public void Only_the_nine_Stadtkreise_of_Baden_Wuerttemberg_are_municipalities()
    {
        var bw = SeedCsv.Read("municipality.csv").Where(m => m["state"] == "Baden-Württemberg").Select(m => m["ags"]).Order(StringComparer.Ordinal);
        Assert.Equal(["08111000", "08121000", "08211000", "08212000", "08221000", "08222000", "08231000", "08311000", "08421000"], bw);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

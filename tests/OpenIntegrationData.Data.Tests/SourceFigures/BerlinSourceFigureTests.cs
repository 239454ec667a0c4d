using System.Globalization;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.SourceFigures;

/// <summary>
/// Berlin's LOR population tables (Amt für Statistik Berlin-Brandenburg): for half-years before and after the LOR
/// change, every total the source publishes (the city and its twelve Bezirke) and a sample of Bezirksregionen and
/// Planungsräume, residents, foreigners and residents with a migration background (T1), and for the sampled
/// Bezirksregionen and Planungsräume every age band and women (T2), the same for residents with a migration
/// background (T3) and every origin group (T4), as the API serves them.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class BerlinSourceFigureTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);

    public static TheoryData<string> HalfYears() => ["2015-01", "2020-02", "2021-01", "2024-02"];

    [Theory]
    [MemberData(nameof(HalfYears))]
    public async Task T1_CityBezirkeAndASampleOfSmallerAreas_AsInTheSourceFiles(string halfYear)
    {
        var figures = new ServedFigures();
        var year = int.Parse(halfYear[..4], CultureInfo.InvariantCulture);
        var date = halfYear.EndsWith("01", StringComparison.Ordinal) ? $"{year}-06-30" : $"{year}-12-31";
        var lor = year <= 2020 ? "lor2006" : "lor2021";
        foreach (var (level, levelKey, sampleOnly) in new (string, string?, bool)[]
                 {
                     ("city", null, false), ("districts", "bezirk", false),
                     ("district-regions", $"bezirksregion-{lor}", true), ("planning-areas", $"planungsraum-{lor}", true),
                 })
        {
            var rows = ReadT1(SharedDataFolder.Cities("berlin", "population", $"berlin-lor-population-{halfYear}-t1-{level}.csv"));
            var chosen = sampleOnly ? [rows[0], rows[rows.Count / 2], rows[^1]] : rows;
            foreach (var row in chosen)
            {
                var area = levelKey is null ? "area: { id: { eq: null } }" : $$"""area: { level: { key: { eq: "{{levelKey}}" } }, code: { eq: "{{row.Id}}" } }""";
                var common = $$"""municipality: { key: { eq: "11000000" } }, {{area}}, referenceDate: { eq: "{{date}}" }, measure: { key: { eq: "residents" } }, sex: { eq: null }, ageGroup: { eq: null }""";
                var label = $"{halfYear} {level} {row.Id}";
                figures.Add($"{label} residents", $"{common}, nationality: {{ id: {{ eq: null }} }}, nationalityGroup: {{ id: {{ eq: null }} }}, migrationCategory: {{ eq: ALL }}", row["inhabitants"]);
                figures.Add($"{label} foreigners", $$"""{{common}}, nationalityGroup: { key: { eq: "foreign" } }, migrationCategory: { eq: ALL }""", row["inhabitants_foreigners"]);
                figures.Add($"{label} with migration background", $"{common}, nationality: {{ id: {{ eq: null }} }}, nationalityGroup: {{ id: {{ eq: null }} }}, migrationCategory: {{ eq: WITH_MIGRATION_BACKGROUND }}", row["inhabitants_with_migration_background"]);
            }
        }

        await figures.AssertServedAsync(_client);
    }

    [Theory]
    [MemberData(nameof(HalfYears))]
    public async Task T2ToT4_ASampleOfBezirksregionenAndPlanungsraeume_AsInTheSourceFiles(string halfYear)
    {
        var figures = new ServedFigures();
        var year = int.Parse(halfYear[..4], CultureInfo.InvariantCulture);
        var date = halfYear.EndsWith("01", StringComparison.Ordinal) ? $"{year}-06-30" : $"{year}-12-31";
        var lor = year <= 2020 ? "lor2006" : "lor2021";
        foreach (var (level, levelKey) in new[] { ("district-regions", $"bezirksregion-{lor}"), ("planning-areas", $"planungsraum-{lor}") })
        {
            foreach (var table in new[] { "t2", "t3", "t4" })
            {
                var rows = ReadT1(SharedDataFolder.Cities("berlin", "population", $"berlin-lor-population-{halfYear}-{table}-{level}.csv"));
                // A different sample per table: first, a quarter, half and three quarters in, last.
                foreach (var row in new[] { rows[0], rows[rows.Count / 4], rows[rows.Count / 2], rows[rows.Count * 3 / 4], rows[^1] })
                {
                    var area = $$"""municipality: { key: { eq: "11000000" } }, area: { level: { key: { eq: "{{levelKey}}" } }, code: { eq: "{{row.Id}}" } }, referenceDate: { eq: "{{date}}" }, nationality: { id: { eq: null } }""";
                    foreach (var (column, value) in row.Counts.Where(c => c.Key != "inhabitants" && c.Key != "inhabitants_foreigners"))
                    {
                        figures.Add($"{halfYear} {table} {level} {row.Id} {column}", $"{area}, {Dimensions(table, column)}", value);
                    }
                }
            }
        }

        Assert.True(figures.Count >= 2 * 5 * (9 + 9 + 27), $"{figures.Count} figures");
        await figures.AssertServedAsync(_client);
    }

    [Fact]
    public async Task PopulationTotals_OriginGroupsOfAPlanungsraum_RefusedRatherThanCountedTwice()
    {
        // T4's groups contain each other (the EU contains Poland): their sum would count residents twice.
        var planningArea = ReadT1(SharedDataFolder.Cities("berlin", "population", "berlin-lor-population-2024-02-t4-planning-areas.csv"))[0].Id;

        var response = await _client.ExecuteAsync($$"""
            { populationTotals(where: { municipality: { key: { eq: "11000000" } }, area: { level: { key: { eq: "planungsraum-lor2021" } }, code: { eq: "{{planningArea}}" } },
                referenceDate: { eq: "2024-12-31" }, measure: { key: { eq: "migration-background-by-origin" } } }, groupBy: []) { sum } }
            """);

        Assert.Equal("OID0002", response.FirstErrorCode);
        Assert.Equal("NATIONALITY", response.Errors![0]!["extensions"]!["dimension"]!.GetValue<string>());
    }

    /// <summary>The filter of the figure a T2, T3 or T4 column holds (beside area and date): the column's name says
    /// its age band (<c>age_below_6</c> = 0–5, <c>age_6_15</c> = 6–14, <c>age_above_65</c> = 65 and over), women, or its origin.</summary>
    private static string Dimensions(string table, string column)
    {
        var category = table == "t2" ? "ALL" : "WITH_MIGRATION_BACKGROUND";
        const string NoGroup = "nationalityGroup: { id: { eq: null } }, measure: { key: { eq: \"residents\" } }";
        if (table == "t4")
        {
            var origin = column["inhabitants_from_".Length..].Replace('_', '-');
            return $$"""nationalityGroup: { key: { eq: "berlin-origin-{{origin}}" } }, measure: { key: { eq: "migration-background-by-origin" } }, migrationCategory: { eq: WITH_MIGRATION_BACKGROUND }, sex: { eq: null }, ageGroup: { eq: null }""";
        }
        if (column.EndsWith("_female", StringComparison.Ordinal))
        {
            return $"{NoGroup}, migrationCategory: {{ eq: {category} }}, sex: {{ eq: FEMALE }}, ageGroup: {{ eq: null }}";
        }
        var band = column[(column.IndexOf("_age_", StringComparison.Ordinal) + "_age_".Length)..].Split('_');
        var ageGroup = band switch
        {
            ["below", var under] => $"0-{int.Parse(under, CultureInfo.InvariantCulture) - 1}",
            ["above", var from] => $"{from}+",
            [var from, var under] => $"{from}-{int.Parse(under, CultureInfo.InvariantCulture) - 1}",
            _ => throw new InvalidOperationException($"unexpected column {column}"),
        };
        return $$"""{{NoGroup}}, migrationCategory: { eq: {{category}} }, sex: { eq: null }, ageGroup: { eq: "{{ageGroup}}" }""";
    }

    [Fact]
    public async Task PopulationTotals_BerlinBezirke_AddUpToTheCityRowOfTheSource()
    {
        var city = ReadT1(SharedDataFolder.Cities("berlin", "population", "berlin-lor-population-2024-02-t1-city.csv")).Single();

        var data = await _client.DataAsync("""
            { populationTotals(where: { municipality: { key: { eq: "11000000" } }, area: { level: { key: { eq: "bezirk" } } }, referenceDate: { eq: "2024-12-31" },
                measure: { key: { eq: "residents" } }, nationalityGroup: { key: { eq: "foreign" } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null } }, groupBy: []) { sum count } }
            """);

        Assert.Equal(12, data["populationTotals"]![0]!["count"]!.GetValue<int>());
        Assert.Equal((long)city["inhabitants_foreigners"], data["populationTotals"]![0]!["sum"]!.GetValue<long>());
    }

    /// <summary>The rows of a T1 file: the area's id and its counts by column name (the percentages are left out).</summary>
    private static List<LorRow> ReadT1(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return
        [
            .. lines.Skip(1).Where(static l => l.Length > 0).Select(line =>
            {
                var fields = line.Split(',');
                var counts = Enumerable.Range(1, header.Length - 1)
                    .Where(i => !header[i].EndsWith("_percentage", StringComparison.Ordinal))
                    .ToDictionary(i => header[i], i => decimal.Parse(fields[i], CultureInfo.InvariantCulture), StringComparer.Ordinal);
                return new LorRow(fields[0], counts);
            }),
        ];
    }

    private sealed record LorRow(string Id, IReadOnlyDictionary<string, decimal> Counts)
    {
        public decimal this[string column] => Counts[column];
    }
}

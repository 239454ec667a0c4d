using System.Text;
using System.Text.Json;
using OpenIntegrationData.Import.Geo;
using OpenIntegrationData.Import.Staging;
using OpenIntegrationData.Import.Tests.Support;

namespace OpenIntegrationData.Import.Tests.Geo;

/// <summary>
/// The boundary reader on the published files as they are (legacy crs members, one line or pretty-printed, numbers as
/// codes, a repeated code) and on broken files, whose problems name file, line and column.
/// </summary>
public sealed class BoundaryFileReaderTests
{
    private static readonly BoundaryProperties IdAndName = new("id", "name");

    public static TheoryData<string, string, string, string?, int> PublishedFiles => new()
    {
        { "berlin/berlin-lor-city.geojson", "id", "name", "area", 1 },
        { "berlin/berlin-lor-districts.geojson", "id", "name", "area", 12 },
        { "berlin/berlin-lor-forecast-areas-from-2021.geojson", "id", "name", "area", 58 },
        { "berlin/berlin-lor-district-regions-until-2020.geojson", "id", "name", "area", 138 },
        { "koeln/stadtbezirke.geojson", "STB_NR", "STB_NAME", "SHAPE_AREA", 9 },
        { "koeln/stadtteile.geojson", "STT_NR", "STT_NAME", "SHAPE_AREA", 86 },
        { "muenchen/stadtbezirke.geojson", "sb_nummer", "sb_name", "flaeche_qm", 25 },
        { "hamburg/hamburg-city.geojson", "id", "name", null, 1 },
        { "hamburg/hamburg-districts.geojson", "id", "name", null, 7 },
        { "hamburg/hamburg-district-regions.geojson", "id", "name", null, 104 },
        { "hamburg/hamburg-quarters.geojson", "id", "name", null, 181 },
        { "bonn/stadtgebiet.geojson", "gid", "gebiet_bez", null, 1 },
        { "bonn/bezirke.geojson", "bezirk", "bezirk_bez", null, 4 },
        { "bonn/ortsteile.geojson", "ortsteil", "ortsteil_bez", null, 51 },
    };

    [Theory]
    [MemberData(nameof(PublishedFiles))]
    public void Read_PublishedFile_ReadsEveryFeatureWithoutProblems(string file, string code, string name, string? area, int count)
    {
        var problems = new ProblemCollector(100);

        var features = BoundaryFileReader.Read(GeoFile(file), file, new BoundaryProperties(code, name, SourceArea: area), problems);

        Assert.Empty(problems.Sorted([]));
        Assert.Equal(count, features.Count);
        Assert.Equal(count, features.Select(feature => feature.Code).Distinct().Count());
        Assert.All(features, feature => Assert.Contains(JsonDocument.Parse(feature.GeometryJson).RootElement.GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" }));
        Assert.All(features, feature => Assert.Equal(area is not null, feature.SourceAreaSquareMetres is > 0));
    }

    [Fact]
    public void Read_KoelnStadtteile_KeepsCodesAsStringsWithTheirDistrict()
    {
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(GeoFile("koeln/stadtteile.geojson"), "stadtteile.geojson", new BoundaryProperties("STT_NR", "STT_NAME", "STB_NR"), problems);

        var marienburg = Assert.Single(features, feature => feature.Name == "Marienburg");
        Assert.Equal(("202", "2"), (marienburg.Code, marienburg.ParentCode));
    }

    [Fact]
    public void Read_BerlinPlanningAreas_ReportsTheRepeatedCodeAtItsSecondFeature()
    {
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(GeoFile("berlin/berlin-lor-planning-areas-until-2020.geojson"), "plr.geojson", IdAndName, problems);

        var problem = Assert.Single(problems.Sorted([]));
        Assert.Matches("^plr\\.geojson:\\d+:\\d+: feature \\d+: code \"06010102\" was already used by the feature at line \\d+, column \\d+; every area needs its own code$", problem.ToString());
        Assert.Equal(447, features.Count);
    }

    [Fact]
    public void Read_RecodedFeature_TakesTheCorrectedCode()
    {
        var path = GeoFile("berlin/berlin-lor-planning-areas-until-2020.geojson");
        var firstPass = BoundaryFileReader.Read(path, "plr.geojson", IdAndName, new ProblemCollector(10));
        var first = firstPass.Select((feature, index) => (feature, index)).First(pair => pair.feature.Code == "06010102").index + 1;
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(path, "plr.geojson", IdAndName, problems, new Dictionary<int, string> { [first] = "04030417" });

        Assert.False(problems.Any);
        Assert.Equal(448, features.Count);
        Assert.Equal("Schloßstraße", Assert.Single(features, feature => feature.Code == "04030417").Name);
    }

    [Fact]
    public void Read_OneLineFile_PointsAtTheFeatureByColumn()
    {
        using var folder = CsvFolder.Create();
        var good = Feature("01", "Mitte", "[[[13.3,52.5],[13.4,52.5],[13.4,52.6],[13.3,52.5]]]");
        var open = Feature("02", "Offen", "[[[13.3,52.5],[13.4,52.5],[13.4,52.6],[13.3,52.6]]]");
        var text = $$"""{"type":"FeatureCollection","features":[{{good}},{{open}}]}""";
        folder.Write("one-line.geojson", Encoding.UTF8.GetBytes(text));
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(Path.Combine(folder.Path, "one-line.geojson"), "one-line.geojson", IdAndName, problems);

        Assert.Single(features);
        var column = text.IndexOf(open, StringComparison.Ordinal) + 1;
        Assert.Equal([$"one-line.geojson:1:{column}: feature 2: \"02\": a ring is not closed: it starts at [13.3,52.5] and ends at [13.3,52.6]"],
            problems.Sorted([]).Select(problem => problem.ToString()));
    }

    [Theory]
    [InlineData("""{"type":"Feature","properties":{"name":"Mitte"},"geometry":{"type":"Polygon","coordinates":[[[13.3,52.5],[13.4,52.5],[13.4,52.6],[13.3,52.5]]]}}""",
        "feature 1: the property \"id\" (the area's code) is missing or empty")]
    [InlineData("""{"type":"Feature","properties":{"id":"01","name":"Mitte"},"geometry":{"type":"Point","coordinates":[13.3,52.5]}}""",
        "feature 1: \"01\": the geometry is a Point; an area's outline is a Polygon or MultiPolygon")]
    [InlineData("""{"type":"Feature","properties":{"id":"01","name":"Mitte"},"geometry":{"type":"Polygon","coordinates":[[[389000,5819000],[390000,5819000],[390000,5820000],[389000,5819000]]]}}""",
        "feature 1: \"01\": the position [389000, 5819000] is not WGS84 longitude/latitude (projected coordinates?)")]
    [InlineData("""{"type":"Feature","properties":{"id":"01","name":"Mitte"},"geometry":null}""",
        "feature 1: has no geometry; an area needs its outline")]
    public void Read_BrokenFeature_NamesWhatIsWrong(string feature, string reason)
    {
        using var folder = CsvFolder.Create();
        folder.Write("areas.geojson", Encoding.UTF8.GetBytes($"{{\"type\": \"FeatureCollection\",\n \"features\": [\n  {feature}\n]}}\n"));
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(Path.Combine(folder.Path, "areas.geojson"), "areas.geojson", IdAndName, problems);

        Assert.Empty(features);
        Assert.Equal([$"areas.geojson:3:3: {reason}"], problems.Sorted([]).Select(problem => problem.ToString()));
    }

    [Fact]
    public void Read_ProjectedCrs_IsRefused()
    {
        using var folder = CsvFolder.Create();
        folder.Write("utm.geojson", Encoding.UTF8.GetBytes("""{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[]}"""));
        var problems = new ProblemCollector(10);

        BoundaryFileReader.Read(Path.Combine(folder.Path, "utm.geojson"), "utm.geojson", IdAndName, problems);

        Assert.Equal(["utm.geojson:1:29: the crs member names \"urn:ogc:def:crs:EPSG::25832\"; only WGS84 longitude/latitude (RFC 7946, or a legacy CRS84 / EPSG:4326 crs) can be read"],
            problems.Sorted([]).Select(problem => problem.ToString()));
    }

    [Fact]
    public void Read_TruncatedFile_IsNotValidJsonWithItsLine()
    {
        using var folder = CsvFolder.Create();
        folder.Write("cut.geojson", Encoding.UTF8.GetBytes("{\"type\": \"FeatureCollection\",\n\"features\": [\n{\"type\": \"Feature\", \"prop"));
        var problems = new ProblemCollector(10);

        var features = BoundaryFileReader.Read(Path.Combine(folder.Path, "cut.geojson"), "cut.geojson", IdAndName, problems);

        Assert.Empty(features);
        Assert.StartsWith("cut.geojson:3:", Assert.Single(problems.Sorted([])).ToString());
        Assert.Contains("not valid JSON", Assert.Single(problems.Sorted([])).Reason);
    }

    private static string Feature(string id, string name, string coordinates) =>
        $$$"""{"type":"Feature","properties":{"id":"{{{id}}}","name":"{{{name}}}"},"geometry":{"type":"Polygon","coordinates":{{{coordinates}}}}}""";

    private static string GeoFile(string relative) => Path.Combine(SeedDataFolder.Path, "geo", relative);
}

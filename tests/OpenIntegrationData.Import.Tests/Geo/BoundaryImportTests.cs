using System.Globalization;
using System.Text;
using OpenIntegrationData.Import.Geo;
using OpenIntegrationData.Import.Staging;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests.Geo;

/// <summary>
/// Köln's published outlines imported into a fresh database with its places: every area gets a valid outline (the
/// self-intersecting Stadtteil repaired, not dropped) whose area on the sphere matches the source's own figure, points
/// fall into at most one area per level, and a bad boundaries.csv is refused with file:line:column, writing nothing.
/// </summary>
public sealed class BoundaryImportTests(BoundaryImportTests.KoelnDatabase koeln) : IClassFixture<BoundaryImportTests.KoelnDatabase>
{
    private const string Manifest = "file,municipality_ags,level_key,code_property,name_property,source_key,recoded_features";
    private const string Stadtbezirke = "geo/koeln/stadtbezirke.geojson,05315000,stadtbezirk,STB_NR,STB_NAME,koeln-geo-stadtbezirke-stadtteile,";
    private const string Stadtteile = "geo/koeln/stadtteile.geojson,05315000,stadtteil,STT_NR,STT_NAME,koeln-geo-stadtbezirke-stadtteile,";

    [Fact]
    public async Task Import_KoelnOutlines_EveryAreaOfBothLevelsHasOneValidOutline()
    {
        Assert.True(koeln.Import.Succeeded, string.Join("\n", koeln.Import.Problems));
        Assert.Equal(9 + 86, koeln.Import.Counts.Single(count => count.Table == "boundaries").Rows);

        Assert.Equal(9, await CountAsync("select count(*) from area a join area_level l on l.id = a.level_id where l.key = 'stadtbezirk' and a.boundary is not null"));
        Assert.Equal(86, await CountAsync("select count(*) from area a join area_level l on l.id = a.level_id where l.key = 'stadtteil' and a.boundary is not null"));
        Assert.Equal(0, await CountAsync("select count(*) from area where boundary is not null and (not st_isvalid(boundary) or st_srid(boundary) <> 4326)"));
        Assert.Equal(0, await CountAsync("select count(*) from area where boundary is not null and not st_contains(boundary, representative_point)"));
    }

    [Fact]
    public async Task Import_MarienburgSelfIntersecting_IsRepairedAndKeepsItsArea()
    {
        var source = BoundaryFileReader.Read(SeedGeo("koeln/stadtteile.geojson"), "stadtteile.geojson",
            new BoundaryProperties("STT_NR", "STT_NAME", SourceArea: "SHAPE_AREA"), new ProblemCollector(10)).Single(feature => feature.Code == "202");
        await using var published = koeln.Database.DataSource.CreateCommand("select st_isvalid(st_geomfromgeojson($1))");
        published.Parameters.AddWithValue(source.GeometryJson);
        Assert.False((bool)(await published.ExecuteScalarAsync())!);

        var stored = await AreaKm2Async("stadtteil", "202");

        Assert.InRange(stored, source.SourceAreaSquareMetres!.Value / 1e6 * 0.99, source.SourceAreaSquareMetres.Value / 1e6 * 1.01);
    }

    [Theory]
    [InlineData("koeln/stadtbezirke.geojson", "stadtbezirk", "STB_NR", "STB_NAME")]
    [InlineData("koeln/stadtteile.geojson", "stadtteil", "STT_NR", "STT_NAME")]
    public async Task Import_EveryArea_ComputedAreaWithinHalfAPercentOfTheSourcesFigure(string file, string level, string code, string name)
    {
        var features = BoundaryFileReader.Read(SeedGeo(file), file, new BoundaryProperties(code, name, SourceArea: "SHAPE_AREA"), new ProblemCollector(10));

        foreach (var feature in features)
        {
            var published = feature.SourceAreaSquareMetres!.Value / 1e6;
            var computed = await AreaKm2Async(level, feature.Code);
            // The source measured in the UTM plane (EPSG:25832), which shrinks areas here by about 0.03 %.
            Assert.True(Math.Abs(computed - published) <= published * 0.005,
                $"{feature.Name} ({feature.Code}): {computed.ToString("0.000", CultureInfo.InvariantCulture)} km² computed, {published.ToString("0.000", CultureInfo.InvariantCulture)} km² published");
        }
    }

    [Theory]
    [InlineData(6.9583, 50.9413, "1", "103")]   // the cathedral: Innenstadt, Altstadt/Nord
    [InlineData(7.0070, 50.9360, "8", "802")]   // Kalk, on the right bank
    public async Task Contains_PointInKoeln_LiesInOneAreaOfEachLevel(double longitude, double latitude, string stadtbezirk, string stadtteil)
    {
        var found = await ContainingAsync(longitude, latitude);

        Assert.Equal([("stadtbezirk", stadtbezirk), ("stadtteil", stadtteil)], found);
    }

    [Theory]
    [InlineData(6.9700, 50.9380)]   // the Rhine between Altstadt and Deutz
    [InlineData(6.9860, 50.9000)]   // between Bayenthal and Poll
    [InlineData(6.9700, 50.9800)]   // between Niehl and Mülheim
    [InlineData(7.0000, 50.8600)]   // between Weiß and Porz
    public async Task Contains_PointInTheRhine_LiesInNoneOrExactlyOneAreaPerLevel(double longitude, double latitude)
    {
        var found = await ContainingAsync(longitude, latitude);

        Assert.All(found.GroupBy(area => area.Level), level => Assert.Single(level));
    }

    [Fact]
    public async Task Import_SameLevel_AreasDoNotOverlap()
    {
        // Outlines of one level share borders. The published Stadtteile overlap in slivers of up to 218 m²
        // (Rodenkirchen/Westhoven, Ossendorf/Pesch, Nippes/Riehl); a wrong outline would overlap by far more.
        var overlapping = await CountAsync(
            """
            select count(*) from area a join area b on b.level_id = a.level_id and b.id > a.id and a.boundary && b.boundary
            where st_area(st_intersection(a.boundary, b.boundary)::geography) > 1000
            """);

        Assert.Equal(0, overlapping);
    }

    [Fact]
    public async Task Import_UnknownCodeInAFile_IsRefusedAtTheFeatureAndWritesNothing()
    {
        using var folder = CsvFolder.Create(
            ("source.csv", ["key,title,publisher,kind,is_illustrative", "new-map,New map,City,open_data,false"]),
            ("boundaries.csv", [Manifest, "districts.geojson,05315000,stadtbezirk,nr,name,new-map,"]));
        folder.Write("districts.geojson", Encoding.UTF8.GetBytes(
            "{\"type\": \"FeatureCollection\", \"features\": [\n"
            + """{"type":"Feature","properties":{"nr":"1","name":"Innenstadt"},"geometry":{"type":"Polygon","coordinates":[[[6.95,50.93],[6.96,50.93],[6.96,50.94],[6.95,50.93]]]}},""" + "\n"
            + """{"type":"Feature","properties":{"nr":"10","name":"Zehn"},"geometry":{"type":"Polygon","coordinates":[[[6.95,50.93],[6.96,50.93],[6.96,50.94],[6.95,50.93]]]}}""" + "\n]}\n"));
        var before = await BoundariesAsync();

        var result = await new FolderImporter(koeln.Database.DataSource).ImportAsync(folder.Path);

        Assert.Equal(["districts.geojson:3:1: no area with the code '10' on the level 'stadtbezirk' of Köln; a boundary needs its area (area.csv)"],
            result.Problems.Select(problem => problem.ToString()));
        Assert.Equal(0, await CountAsync("select count(*) from source where key = 'new-map'"));
        Assert.Equal(before, await BoundariesAsync());
    }

    [Fact]
    public async Task Import_UnknownLevel_ListsTheMunicipalitysLevels()
    {
        using var folder = CsvFolder.Create(("boundaries.csv", [Manifest, Stadtbezirke.Replace(",stadtbezirk,", ",bezirk,", StringComparison.Ordinal)]));
        CopyGeo(folder, "koeln/stadtbezirke.geojson");

        var result = await new FolderImporter(koeln.Database.DataSource).ImportAsync(folder.Path);

        Assert.Equal(["boundaries.csv:2:3: Köln has no level 'bezirk'; its levels: stadtbezirk, stadtteil"], result.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public async Task Import_MissingFileAndRepeatedFile_AreRefusedWithTheirManifestLines()
    {
        using var folder = CsvFolder.Create(("boundaries.csv", [Manifest, Stadtbezirke, Stadtbezirke, "geo/koeln/nowhere.geojson,05315000,stadtteil,STT_NR,STT_NAME,koeln-geo-stadtbezirke-stadtteile,"]));
        CopyGeo(folder, "koeln/stadtbezirke.geojson");

        var result = await new FolderImporter(koeln.Database.DataSource).ImportAsync(folder.Path);

        Assert.Contains("boundaries.csv:4:1: the boundary file \"geo/koeln/nowhere.geojson\" does not exist in the import folder", result.Problems.Select(problem => problem.ToString()));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Import_SameOutlineTwice_NamesTheFirst()
    {
        using var folder = CsvFolder.Create(("boundaries.csv", [Manifest, Stadtbezirke, Stadtbezirke]));
        CopyGeo(folder, "koeln/stadtbezirke.geojson");

        var result = await new FolderImporter(koeln.Database.DataSource).ImportAsync(folder.Path);

        Assert.Equal(9, result.Problems.Count);
        Assert.All(result.Problems, problem => Assert.Matches("^the outline of '\\d' \\(stadtbezirk\\) was already given by geo/koeln/stadtbezirke.geojson, line \\d+$", problem.Reason));
    }

    private async Task<double> AreaKm2Async(string level, string code)
    {
        await using var command = koeln.Database.DataSource.CreateCommand(
            """
            select a.boundary_area_km2 from area a join area_level l on l.id = a.level_id join municipality m on m.id = a.municipality_id
            where m.ags = '05315000' and l.key = $1 and a.code = $2
            """);
        command.Parameters.AddWithValue(level);
        command.Parameters.AddWithValue(code);
        return (double)(await command.ExecuteScalarAsync())!;
    }

    private async Task<IReadOnlyList<(string Level, string Code)>> ContainingAsync(double longitude, double latitude)
    {
        await using var command = koeln.Database.DataSource.CreateCommand(
            """
            select l.key, a.code from area a join area_level l on l.id = a.level_id
            where st_contains(a.boundary, st_setsrid(st_makepoint($1, $2), 4326)) order by l.depth, a.code
            """);
        command.Parameters.AddWithValue(longitude);
        command.Parameters.AddWithValue(latitude);
        var found = new List<(string, string)>();
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            found.Add((rows.GetString(0), rows.GetString(1)));
        }

        return found;
    }

    private Task<long> CountAsync(string sql) => DatabaseSnapshot.CountAsync(koeln.Database.DataSource, sql);

    private async Task<string> BoundariesAsync()
    {
        await using var command = koeln.Database.DataSource.CreateCommand(
            "select md5(string_agg(a.code || st_asbinary(a.boundary)::text, ',' order by a.id)) from area a where a.boundary is not null");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string SeedGeo(string relative) => Path.Combine(SeedDataFolder.Path, "geo", relative);

    private static void CopyGeo(CsvFolder folder, string relative)
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "geo", Path.GetDirectoryName(relative)!));
        File.Copy(SeedGeo(relative), Path.Combine(folder.Path, "geo", relative));
    }

    /// <summary>A fresh database holding the seed's places and sources, and Köln's outlines imported as boundaries.csv names them.</summary>
    public sealed class KoelnDatabase : IAsyncLifetime
    {
        private readonly PostgresFixture _postgres = new();
        private TestDatabase? _database;

        public TestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

        public ImportResult Import { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await _postgres.InitializeAsync();
            _database = await _postgres.CreateDatabaseAsync();
            using var folder = CsvFolder.Create(("boundaries.csv", [Manifest, Stadtbezirke, Stadtteile]));
            foreach (var table in new[] { "source", "municipality", "district", "sub_district" })
            {
                File.Copy(Path.Combine(SeedDataFolder.Path, table + ".csv"), Path.Combine(folder.Path, table + ".csv"));
            }

            CopyGeo(folder, "koeln/stadtbezirke.geojson");
            CopyGeo(folder, "koeln/stadtteile.geojson");
            Import = await new FolderImporter(_database.DataSource).ImportAsync(folder.Path);
        }

        public async Task DisposeAsync()
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}

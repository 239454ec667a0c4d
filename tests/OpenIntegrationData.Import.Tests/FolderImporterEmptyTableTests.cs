using Npgsql;
using OpenIntegrationData.Import.Staging;
using OpenIntegrationData.Import.Tests.Support;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Import.Tests;

/// <summary>
/// A large file into an empty table goes in with the table's secondary indexes and foreign keys set aside
/// (<see cref="EmptyTableLoad"/>): afterwards the schema must be exactly as migrated, and a row that breaks a foreign key
/// must still be named by its line.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class FolderImporterEmptyTableTests(SeededDatabaseFixture seeded)
{
    private const string PopulationHeader = "municipality_ags,nationality_alpha2,nationality_group_key,migration_category,sex,age_group,year,persons,source_key";

    /// <summary>10,000 figures of Düsseldorf (<see cref="EmptyTableLoad.MinimumRows"/>: few enough for the line-by-line search of a refused row).</summary>
    private static readonly string[] ManyFigures =
    [
        .. from year in Enumerable.Range(2000, 25)
           from age in Enumerable.Range(0, 100)
           from sex in new[] { "female", "male" }
           from category in new[] { "all", "with_migration_background" }
           select $"05111000,,,{category},{sex},{age}-{age},{year},{age + 1},bbsr-inkar-2024",
    ];

    [Fact]
    public async Task ImportAsync_SeedIntoEmptyDatabase_LeavesEveryIndexAndConstraintAsMigrated()
    {
        await using var fresh = await new PostgresFixture().CreateDatabaseAsync();

        // The fixture imported the whole seed into an empty database: population_observation's indexes and keys were set aside.
        Assert.Equal(await SchemaAsync(fresh.DataSource), await SchemaAsync(seeded.Database.DataSource));
    }

    [Fact]
    public async Task ImportAsync_ManyRowsIntoEmptyTable_WritesThemAllWithTheTriggersDefaults()
    {
        await using var database = await new PostgresFixture().CreateDatabaseAsync();
        using var folder = FolderWith(ManyFigures);
        using var output = new StringWriter();

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path, progress: new ImportProgress(output));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Matches(@"population_observation: the database took \d\d:\d\d to build \d+ indexes and check \d+ foreign keys", output.ToString());
        Assert.Equal(10_000, result.Counts.Single(c => c.Table == "population_observation").Rows);
        // Filled in by the row triggers, which stay: the measure "residents" and value = persons.
        Assert.Equal(0, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select count(*) from population_observation o join measure m on m.id = o.measure_id where m.key <> 'residents' or o.value <> o.persons"));
        Assert.Equal(10_000, await DatabaseSnapshot.CountAsync(database.DataSource,
            "select count(*) from population_observation o join measure m on m.id = o.measure_id"));
        Assert.Equal(await SchemaAsync(seeded.Database.DataSource), await SchemaAsync(database.DataSource));
    }

    [Fact]
    public async Task ImportAsync_ManyRowsIntoEmptyTableOneBreaksAForeignKey_NamesItsLineAndWritesNothing()
    {
        await using var database = await new PostgresFixture().CreateDatabaseAsync();
        var figures = ManyFigures.ToArray();
        // Greek nationals counted in the group of Turkish nationals: only PostgreSQL's foreign key
        // (nationality_group_id, nationality_id) → nationality_group knows that a single-country group has one country.
        figures[8_765] = "05111000,GR,turkey,all,,,2020,7,bbsr-inkar-2024";
        using var folder = FolderWith(figures);
        var schema = await SchemaAsync(database.DataSource);

        var result = await new FolderImporter(database.DataSource).ImportAsync(folder.Path);

        var problem = Assert.Single(result.Problems).ToString();
        Assert.StartsWith($"population_observation.csv:{8_765 + 2}:1: refused by the database:", problem, StringComparison.Ordinal);
        Assert.Contains("population_observation_single_country_group_fkey", problem, StringComparison.Ordinal);
        Assert.True(await FolderImporter.IsDatabaseEmptyAsync(database.DataSource));
        Assert.Equal(schema, await SchemaAsync(database.DataSource));
    }

    [Fact]
    public async Task ImportAsync_TwoImportsIntoTheSameEmptyDatabaseAtOnce_BothSucceedAndTheRowsAreThereOnce()
    {
        await using var database = await new PostgresFixture().CreateDatabaseAsync();
        using var folder = FolderWith(ManyFigures);

        // The second waits for the first (the tables are locked against other writers), then finds every row written.
        var results = await Task.WhenAll(
            new FolderImporter(database.DataSource).ImportAsync(folder.Path),
            new FolderImporter(database.DataSource).ImportAsync(folder.Path));

        Assert.All(results, result => Assert.True(result.Succeeded, string.Join("\n", result.Problems)));
        Assert.Equal([1L, 2L], results.Select(r => r.DataVersion!.Value).Order());
        Assert.Equal(10_000, await DatabaseSnapshot.CountAsync(database.DataSource, "select count(*) from population_observation"));
        Assert.Equal(await SchemaAsync(seeded.Database.DataSource), await SchemaAsync(database.DataSource));
    }

    /// <summary>The seed's sources, nationalities, groups and municipalities, and the given population figures.</summary>
    private static CsvFolder FolderWith(string[] figures)
    {
        var folder = CsvFolder.Create(("population_observation.csv", [PopulationHeader, .. figures]));
        foreach (var table in new[] { "source", "nationality", "nationality_group", "municipality" })
        {
            folder.Write(table + ".csv", File.ReadAllBytes(Path.Combine(SeedDataFolder.Path, table + ".csv")));
        }
        return folder;
    }

    /// <summary>Every index and constraint of the public schema, as PostgreSQL would write it again.</summary>
    private static async Task<IReadOnlyList<string>> SchemaAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            """
            select indexdef from pg_indexes where schemaname = 'public'
            union all
            select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
            order by 1
            """);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}

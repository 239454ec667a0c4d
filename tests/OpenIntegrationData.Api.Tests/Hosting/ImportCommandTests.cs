using System.Text.RegularExpressions;
using Npgsql;
using OpenIntegrationData.Api.Hosting;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary><c>import &lt;folder&gt;</c> end to end against a real database.</summary>
public sealed partial class ImportCommandTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private static readonly string SeedData = Path.Combine(AppContext.BaseDirectory, "seed-data");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"oid-import-test-{Guid.NewGuid():N}");

    [Fact]
    public async Task RunAsync_SeedDataFolder_PrintsRowsPerTableAndExitsZero()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);

        // Without the automatic seeding first, so the seed folder is imported exactly once, by the command itself; without
        // Berlin's small areas, which the import tests and the quick start import (the command's output does not depend on them).
        var (exitCode, output, errors) = await RunAsync("import", SeedWithoutParts.Path, Configure(database), "--Database:SeedWhenEmpty=false");

        Assert.True(exitCode == ImportCommand.Succeeded, errors);
        var counts = CountLine().Matches(output).ToDictionary(match => match.Groups["table"].Value, match => int.Parse(match.Groups["rows"].Value));
        var municipalities = File.ReadAllLines(Path.Combine(SeedWithoutParts.Path, "municipality.csv")).Length - 1;
        Assert.Equal(municipalities, counts["municipality"]);
        Assert.Equal(municipalities, (await RowCountsAsync(database))["municipality"]);
    }

    [Fact]
    public async Task RunAsync_FolderWithBadRow_PrintsFileLineColumnExitsOneAndChangesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrated: false);
        Directory.CreateDirectory(_folder);
        // Prepares the database (migrations, seed data) with nothing of its own to add.
        Assert.Equal(ImportCommand.Succeeded, (await RunAsync("import", _folder, Configure(database), SeedWithoutPartsSetting)).ExitCode);
        var before = await RowCountsAsync(database);
        WriteMunicipalitiesWithBadThirdLine();

        var (exitCode, _, errors) = await RunAsync("import", _folder, Configure(database));

        Assert.Equal(ImportCommand.Failed, exitCode);
        Assert.Matches(ProblemOnLine3(), errors);
        Assert.Equal(before, await RowCountsAsync(database));
    }

    [Fact]
    public async Task RunAsync_NoFolderGiven_PrintsUsageAndExitsTwo()
    {
        var (exitCode, _, errors) = await RunAsync("import");

        Assert.Equal(ImportCommand.Usage, exitCode);
        Assert.StartsWith("usage: import <folder>", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FolderMissing_SaysSoAndExitsOne()
    {
        var (exitCode, _, errors) = await RunAsync("import", _folder);

        Assert.Equal(ImportCommand.Failed, exitCode);
        Assert.Contains($"{_folder}: no such folder", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidConnectionString_NamesTheSettingAndExitsOne()
    {
        var (exitCode, _, errors) = await RunAsync("import", SeedData, "--ConnectionStrings:Postgres=Hots=db.example.org");

        Assert.Equal(ImportCommand.Failed, exitCode);
        Assert.Contains("ConnectionStrings:Postgres is not a valid PostgreSQL connection string", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_ImportFolderWithBadRow_ExitsOneWithProblemOnStandardError()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        WriteMunicipalitiesWithBadThirdLine();
        await using var api = ApiProcess.Start(
            ["import", _folder],
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Postgres"] = database.ConnectionString,
                ["Database__SeedWhenEmpty"] = "false",
            });

        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Matches(ProblemOnLine3(), api.Errors);
        Assert.DoesNotMatch(ProblemOnLine3(), api.Output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>A copy of the seed file's header and first row, then a row with an impossible key and population.</summary>
    private void WriteMunicipalitiesWithBadThirdLine()
    {
        Directory.CreateDirectory(_folder);
        var seed = File.ReadAllLines(Path.Combine(SeedData, "municipality.csv"));
        var header = seed[0].Split(',');
        var bad = header.Select(column => column switch
        {
            "ags" => "ABC",
            "name" or "official_name" => "Nowhere",
            "population" => "many",
            _ => "",
        });
        File.WriteAllLines(Path.Combine(_folder, "municipality.csv"), [seed[0], seed[1], string.Join(',', bad)]);
    }

    private static string Configure(TestDatabase database) => $"--ConnectionStrings:Postgres={database.ConnectionString}";

    private static string SeedWithoutPartsSetting => $"--Database:SeedDataFolder={SeedWithoutParts.Path}";

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ImportCommand.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static async Task<Dictionary<string, long>> RowCountsAsync(TestDatabase database)
    {
        var tables = new List<string>();
        await using (var list = database.DataSource.CreateCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            // Table names come from the catalog, quoted as identifiers.
            await using var count = database.DataSource.CreateCommand($"SELECT count(*) FROM \"{table}\"");
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    [GeneratedRegex(@"^(?<table>\w+): (?<rows>\d+)$", RegexOptions.Multiline)]
    private static partial Regex CountLine();

    [GeneratedRegex(@"municipality\.csv:3:\d+: \S")]
    private static partial Regex ProblemOnLine3();
}

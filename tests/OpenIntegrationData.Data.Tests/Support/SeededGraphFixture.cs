using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Validation.Cost;
using OpenIntegrationData.Import;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>
/// One migrated database with the real seed data, and the served schema on top of it with a
/// statement counter; shared by the graph tests, which only read.
/// </summary>
public class SeededGraphFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public StatementCounter Statements { get; } = new();

    public GraphOptions Options { get; } = GraphOptions.Default;

    public RequestExecutor Executor { get; private set; } = null!;

    /// <summary>The same schema without cost limits, for tests that measure SQL on queries HotChocolate's cost analysis would refuse.</summary>
    public RequestExecutor UnlimitedExecutor { get; private set; } = null!;

    public GraphQL.Types.Schema Schema { get; private set; } = null!;

    /// <summary>Folders a derived fixture imports on top of the seed data, in order.</summary>
    protected virtual IEnumerable<string> FoldersOnTop => [];

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _database = await _postgres.CreateSeededDatabaseAsync();
        foreach (var folder in FoldersOnTop)
        {
            var import = await new FolderImporter(_database.DataSource).ImportAsync(folder);
            if (!import.Succeeded)
            {
                throw new InvalidOperationException($"import of {folder} failed:\n" + string.Join("\n", import.Problems));
            }
        }

        Schema = OpenDataGraph.CreateSchema(_database.DataSource, Options, Statements);
        Executor = new RequestExecutor(Schema, new ExecutorOptions { Cost = Options.Cost });
        UnlimitedExecutor = new RequestExecutor(Schema, new ExecutorOptions { Cost = new CostOptions { EnforceCostLimits = false } });
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SeededGraphCollection : ICollectionFixture<SeededGraphFixture>
{
    public const string Name = "seeded graph";
}

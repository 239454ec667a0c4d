using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.Data.Tests.Graph;

/// <summary>
/// schema/schema.graphql is the contract clients generate code from: it must equal the printed
/// SDL of the served schema. To accept a change, run the tests once with
/// <c>UPDATE_SCHEMA_SNAPSHOT=1</c> and review the diff of the file.
/// </summary>
public sealed class SchemaSnapshotTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA_SNAPSHOT";

    [Fact]
    public void CreateSchema_PrintedSdl_EqualsPublishedSchemaFile()
    {
        // The schema needs no connection to be built; the data source is never opened here.
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        var printed = SchemaPrinter.Print(OpenDataGraph.CreateSchema(dataSource, GraphOptions.Default));

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(RepositoryFolder.SchemaFile, printed);
        }

        var published = File.Exists(RepositoryFolder.SchemaFile) ? File.ReadAllText(RepositoryFolder.SchemaFile) : string.Empty;
        Assert.True(
            published == printed,
            $"schema/schema.graphql differs from the served schema. If the change is intended, run `{UpdateVariable}=1 dotnet test tests/OpenIntegrationData.Data.Tests --filter SchemaSnapshotTests` and commit the file.");
    }
}

using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Types.Printing;
using Xunit.Sdk;

namespace OpenIntegrationData.Data.Tests.Graph;

/// <summary>
/// schema/schema.graphql is the contract clients generate code from, and the Snapshooter snapshot of
/// the served schema's printed SDL. On a difference the test fails with Snapshooter's diff and writes
/// what is served to <c>Graph/__snapshots__/__mismatch__/schema.graphql</c>. To accept an intended change
/// (additions and deprecations only), run the test once with <c>UPDATE_SCHEMA_SNAPSHOT=1</c>: the file is
/// written anew, as Snapshooter writes a snapshot that does not exist yet; then review its diff.
/// </summary>
public sealed class SchemaSnapshotTests
{
    private const string UpdateVariable = "UPDATE_SCHEMA_SNAPSHOT";

    [Fact]
    public void CreateSchema_PrintedSdl_MatchesPublishedSchemaFile()
    {
        // The schema needs no connection to be built; the data source is never opened here.
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        var printed = SchemaPrinter.Print(OpenDataGraph.CreateSchema(dataSource, GraphOptions.Default));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.Delete(RepositoryFolder.SchemaFile);
        }

        try
        {
            PublishedFileSnapshot.Match(printed, RepositoryFolder.SchemaFile, Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Graph"));
        }
        catch (XunitException difference)
        {
            throw new XunitException(
                $"schema/schema.graphql differs from the served schema (written to tests/OpenIntegrationData.Data.Tests/Graph/__snapshots__/__mismatch__/schema.graphql). " +
                $"If the change is intended, run `{UpdateVariable}=1 dotnet test tests/OpenIntegrationData.Data.Tests --filter SchemaSnapshotTests` and commit the file.\n{difference.Message}");
        }
    }
}

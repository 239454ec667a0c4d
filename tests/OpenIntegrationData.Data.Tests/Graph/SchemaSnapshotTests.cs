using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.Data.Tests.Graph;

/// <summary>
/// schema/schema.graphql is the contract clients generate code from, and the snapshot of the
/// served schema's printed SDL. On a difference the test fails with Snapshooter's diff and writes
/// what is served to <c>Graph/__snapshots__/__mismatch__/schema.graphql</c>; to accept an intended
/// change (additions and deprecations only), review it and copy it over schema/schema.graphql.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void CreateSchema_PrintedSdl_MatchesPublishedSchemaFile()
    {
        // The schema needs no connection to be built; the data source is never opened here.
        using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Database=unused");
        var printed = SchemaPrinter.Print(OpenDataGraph.CreateSchema(dataSource, GraphOptions.Default));

        PublishedFileSnapshot.Match(printed, RepositoryFolder.SchemaFile, Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Graph"));
    }
}

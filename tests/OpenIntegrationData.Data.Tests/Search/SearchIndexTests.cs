using System.Text.Json;
using Npgsql;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Model.Search;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.Import;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Search;

/// <summary>
/// <c>search</c> reads the table <c>search_entry</c> through its indexes, and every import rewrites that table in its
/// own transaction, so what was imported is found at once and what is gone is not found any more.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SearchIndexTests(SeededGraphFixture fixture, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Theory]
    [InlineData("eurocities")]
    [InlineData("child poverty")]
    [InlineData("koln")]
    public async Task SearchStatement_WithoutSequentialScans_IsAnsweredThroughTheIndexes(string text)
    {
        await new GraphClient(fixture).DataAsync($$"""{ search(text: "{{text}}") { nodeType } }""");
        var statement = Assert.Single(fixture.Statements.Statements);

        // The seed tables are small enough for a sequential scan to win; forbidding it shows whether the
        // conditions can use the indexes at all, which is what keeps search fast on a large table.
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("explain (format json) " + statement.Text, connection, transaction);
        explain.Parameters.AddRange(statement.Parameters.Select(p => p.Clone()).ToArray());
        var plan = (string)(await explain.ExecuteScalarAsync())!;

        Assert.Contains("search_entry_compact_idx", plan, StringComparison.Ordinal);
        Assert.Contains("search_entry_words_idx", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Seq Scan\"", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchIndex_AfterTheSeedImport_HoldsEverySearchedTypeOfTheSeedData()
    {
        await using var command = fixture.Database.DataSource.CreateCommand("select distinct node_type from search_entry order by 1");
        var types = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                types.Add(reader.GetString(0));
            }
        }

        Assert.Superset(new HashSet<string>(["Municipality", "District", "Nationality", "NationalityGroup", "Network", "Programme", "SdgGoal", "SdgIndicator", "SdgTarget", "Source"]), types.ToHashSet());
    }

    [Fact]
    public async Task LanguageColumn_HoldsTheListedLanguages_AndRefusesAnyOther()
    {
        // The column's check constraint is built from the same list the index refresh stems with.
        await using var command = fixture.Database.DataSource.CreateCommand(
            "select distinct language from search_entry where language is not null order by 1");
        var stored = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        Assert.Equal(SearchLanguages.Codes.Order(StringComparer.Ordinal), stored);
        foreach (var language in SearchLanguages.Codes)
        {
            Assert.Null(await InsertRolledBackAsync(language));
        }

        var refused = await InsertRolledBackAsync("fr");
        Assert.Equal(PostgresErrorCodes.CheckViolation, refused?.SqlState);
        Assert.Equal("search_entry_language_check", refused?.ConstraintName);
    }

    [Fact]
    public async Task Import_OfANewNetwork_IsFoundAtOnce_AndARefusedImportChangesNothing()
    {
        await using var database = await postgres.CreateDatabaseAsync();
        var executor = new RequestExecutor(OpenDataGraph.CreateSchema(database.DataSource, GraphOptions.Default));
        var folder = Directory.CreateTempSubdirectory("search-import-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "source.csv"), """
                key,title,publisher,url,kind,licence,licence_name,licence_url,published_on,retrieved_on,is_illustrative,note
                test-source,Test source,Test publisher,https://example.org/,web_page,,,,,,false,
                """ + "\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "network.csv"), """
                key,name_de,name_en,description_de,description_en,kind,scope,founded_year,url,source_key
                rheinstaedte,Bündnis der Rheinstädte,Alliance of Rhine Cities,,,city_network,germany,2001,,test-source
                """ + "\n");
            Assert.Empty(await HitsAsync(executor, "rheinstadte"));

            var imported = await new FolderImporter(database.DataSource).ImportAsync(folder);
            Assert.True(imported.Succeeded, string.Join('\n', imported.Problems));
            Assert.Equal(["Network:Bündnis der Rheinstädte"], await HitsAsync(executor, "rheinstadte"));
            Assert.Equal(["Network:Alliance of Rhine Cities"], await HitsAsync(executor, "rhine cities"));

            // A refused import (an unknown source) leaves the index as it was.
            await File.WriteAllTextAsync(Path.Combine(folder, "network.csv"), """
                key,name_de,name_en,description_de,description_en,kind,scope,founded_year,url,source_key
                rheinstaedte,Bündnis der Rheinstädte,Alliance of Rhine Cities,,,city_network,germany,2001,,test-source
                moselstaedte,Bündnis der Moselstädte,Alliance of Moselle Cities,,,city_network,germany,2001,,no-such-source
                """ + "\n");
            Assert.False((await new FolderImporter(database.DataSource).ImportAsync(folder)).Succeeded);
            Assert.Empty(await HitsAsync(executor, "moselstadte"));
            Assert.Single(await HitsAsync(executor, "rheinstadte"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Inserts an entry in <paramref name="language"/> and rolls it back; the refusal, if any.</summary>
    private async Task<PostgresException?> InsertRolledBackAsync(string language)
    {
        await using var connection = await fixture.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = new NpgsqlCommand(
            "insert into search_entry (node_type, node_id, field, field_order, source_order, weight, language, text, folded, compact, words) " +
            "values ('Test', 1, 'name', 0, 0, 1, @language, 'x', 'x', 'x', ''::tsvector)",
            connection,
            transaction);
        insert.Parameters.AddWithValue("language", language);
        try
        {
            await insert.ExecuteNonQueryAsync();
            return null;
        }
        catch (PostgresException refusal)
        {
            return refusal;
        }
        finally
        {
            await transaction.RollbackAsync();
        }
    }

    private static async Task<List<string>> HitsAsync(RequestExecutor executor, string text)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest($$"""{ search(text: "{{text}}") { nodeType matchedText } }"""));
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            ResultJsonWriter.Write(writer, result);
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. json.RootElement.GetProperty("data").GetProperty("search").EnumerateArray()
            .Select(hit => $"{hit.GetProperty("nodeType").GetString()}:{hit.GetProperty("matchedText").GetString()}")];
    }
}

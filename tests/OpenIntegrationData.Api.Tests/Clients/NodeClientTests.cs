using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Clients;

/// <summary>
/// Mainstream JavaScript tooling against the running API (<c>tests/clients</c>, pinned, installed by scripts/test.sh):
/// graphql-request with Apollo-style APQ, urql with its persisted-queries exchange, and GraphQL Code Generator over
/// the live schema and docs/queries.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NodeClientTests(BrowserFixture fixture)
{
    private static readonly string ClientsFolder = Path.Combine(RepositoryRoot(), "tests", "clients");

    private string Endpoint => new Uri(fixture.Api, "graphql").ToString();

    [Fact]
    public async Task GraphQLRequest_QueryAndAutomaticPersistedQuery_AnswerTheSameDistricts()
    {
        var summary = await RunNodeAsync("client-test.mjs", Endpoint);

        var expected = await fixture.QueryAsync("{ districts(first: 3, order: [{ name: ASC }]) { nodes { name } } }");
        Assert.Equal(
            expected.GetProperty("districts").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()),
            summary.GetProperty("districts").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(["miss", "register", "hit"], summary.GetProperty("apq").EnumerateArray().Select(kind => kind.GetString()));
    }

    [Fact]
    public async Task Urql_PostGetAndPersistedQueriesExchange_AnswerTheSameDistricts()
    {
        var summary = await RunNodeAsync("urql-test.mjs", Endpoint);

        var expected = await fixture.QueryAsync("{ districts(first: 3, order: [{ name: ASC }]) { nodes { name } } }");
        Assert.Equal(
            expected.GetProperty("districts").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()),
            summary.GetProperty("districts").EnumerateArray().Select(name => name.GetString()));
        Assert.Equal(["miss", "register", "hit"], summary.GetProperty("apq").EnumerateArray().Select(kind => kind.GetString()));
    }

    [Fact]
    public async Task GraphQLCodegen_LiveSchemaAndExampleOperations_GeneratesTypesForEveryExample()
    {
        var queries = Path.Combine(RepositoryRoot(), "docs", "queries");
        var output = Directory.CreateTempSubdirectory("oid-codegen-").FullName;
        try
        {
            var summary = await RunNodeAsync("codegen-test.mjs", Endpoint, queries, output);

            var operations = summary.GetProperty("operations").EnumerateArray().Select(name => name.GetString()).ToList();
            Assert.Equal(Directory.GetFiles(queries, "*.graphql").Length, operations.Count);
            Assert.Contains("KoelnDistrictsQuery", operations);
            Assert.Contains("export type Query = {", await File.ReadAllTextAsync(summary.GetProperty("file").GetString()!), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Runs a script of <c>tests/clients</c> and returns the JSON summary it prints last.</summary>
    private static async Task<JsonElement> RunNodeAsync(string script, params string[] arguments)
    {
        Assert.True(
            Directory.Exists(Path.Combine(ClientsFolder, "node_modules")),
            "tests/clients has no node_modules: run `npm ci` there (scripts/test.sh does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = ClientsFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"node {script} failed ({process.ExitCode}):\n{await output}\n{await errors}");
        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        return JsonDocument.Parse(lastLine).RootElement.Clone();
    }

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIntegrationData.Api.Transport.Caching;
using OpenIntegrationData.Import;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>
/// The real API over a real, seeded database: repeated GETs are answered from memory and a matching If-None-Match with
/// 304, neither of them touching the database (proved by locking the table the query reads); an import changes the tags.
/// </summary>
public sealed class ResponseCacheTests : IClassFixture<ResponseCacheTests.CachedApi>
{
    private const string SourceQuery = "{ source(key: \"cache-test-city\") { title } }";
    private static readonly string DistrictsUrl = "/graphql?query=" + Uri.EscapeDataString("{ districts(first: 3) { nodes { name } } }");

    private readonly CachedApi _api;

    public ResponseCacheTests(CachedApi api) => _api = api;

    [Fact]
    public async Task Get_Repeated_IsAnsweredFromMemoryWhileTheTableIsLocked()
    {
        using var first = await _api.GetAsync(DistrictsUrl);
        var firstBody = await first.Content.ReadAsStringAsync();

        await using (await _api.LockTableAsync("district"))
        {
            using var second = await _api.GetAsync(DistrictsUrl, timeout: TimeSpan.FromSeconds(5));

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
            Assert.Equal(first.Headers.ETag, second.Headers.ETag);
            // The lock is real: the same question by POST (never cached) waits for it.
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _api.PostAsync("{ districts(first: 3) { nodes { name } } }", TimeSpan.FromSeconds(1)));
        }
    }

    [Fact]
    public async Task Get_IfNoneMatchOfTheCurrentTag_Answers304WhileTheTableIsLocked()
    {
        var url = DistrictsUrl;
        using var first = await _api.GetAsync(url);

        await using (await _api.LockTableAsync("district"))
        {
            _api.Cache.Clear();
            using var revalidated = await _api.GetAsync(url, ifNoneMatch: first.Headers.ETag!.Tag, timeout: TimeSpan.FromSeconds(5));

            Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
            Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
            Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Import_OfAFolder_ChangesTheTagAndTheAnswer()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(SourceQuery);
        using var before = await _api.GetAsync(url);
        var versionBefore = _api.Version.Current;

        var import = await new FolderImporter(_api.Database.DataSource).ImportAsync(_api.CityFolder);
        Assert.True(import.Succeeded, string.Join("\n", import.Problems));
        await _api.WaitForVersionAsync(import.DataVersion!.Value);
        using var after = await _api.GetAsync(url, ifNoneMatch: before.Headers.ETag!.Tag);

        Assert.Equal("""{"data":{"source":null}}""", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.StartsWith($"\"{versionBefore}-", before.Headers.ETag.Tag, StringComparison.Ordinal);
        Assert.StartsWith($"\"{import.DataVersion}-", after.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Equal("""{"data":{"source":{"title":"Open data of the cache test city"}}}""", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_CsvAndJsonOfOneQuery_HaveTheirOwnTagsAndBothRevalidate()
    {
        var json = await _api.GetAsync(DistrictsUrl);
        var csv = await _api.GetAsync(DistrictsUrl + "&format=csv");

        using var json304 = await _api.GetAsync(DistrictsUrl, ifNoneMatch: json.Headers.ETag!.Tag);
        using var csv304 = await _api.GetAsync(DistrictsUrl + "&format=csv", ifNoneMatch: csv.Headers.ETag!.Tag);
        using var csvWithJsonTag = await _api.GetAsync(DistrictsUrl + "&format=csv", ifNoneMatch: json.Headers.ETag!.Tag);

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(json.Headers.ETag, csv.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, json304.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, csv304.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csvWithJsonTag.StatusCode);
        Assert.StartsWith("name\r\n", await csvWithJsonTag.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        json.Dispose();
        csv.Dispose();
    }

    [Fact]
    public async Task Get_CsvWithCostValidate_IsAnsweredAsTheJsonPathDoes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DistrictsUrl + "&format=csv");
        request.Headers.Add("GraphQL-Cost", "validate");

        using var response = await _api.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"operationCost\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_RepeatedWithEachAccept_GetsItsOwnKeptAnswerWithTheHeadersOfTheFirst()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("{ districts(first: 2) { nodes { name } } }");
        using var graphQLResponse = await _api.GetAsync(url);
        using var json = await _api.GetAsync(url, accept: "application/json");
        var hits = _api.Cache.Hits;

        using var jsonAgain = await _api.GetAsync(url, accept: "application/json");
        using var graphQLResponseAgain = await _api.GetAsync(url);

        Assert.Equal(hits + 2, _api.Cache.Hits);
        Assert.Equal("application/graphql-response+json", graphQLResponseAgain.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/json", jsonAgain.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(graphQLResponse.Headers.ETag, json.Headers.ETag);
        foreach (var (first, again) in new[] { (graphQLResponse, graphQLResponseAgain), (json, jsonAgain) })
        {
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            Assert.Equal(first.Headers.CacheControl, again.Headers.CacheControl);
            Assert.Equal(first.Headers.Vary.ToString(), again.Headers.Vary.ToString());
            Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Get_WhoseAnswerWasKeptOnAnotherDataVersion_IsNotAnsweredWithIt()
    {
        // An answer can be kept just after the data version changed (computed on the old one, stored after the cache was
        // emptied). Found by the request's spelling, it is used only when its tag names the version served now.
        var current = "/graphql?query=" + Uri.EscapeDataString("{ districts(first: 4) { nodes { name } } }");
        var previous = "/graphql?query=" + Uri.EscapeDataString("{ districts(first: 5) { nodes { name } } }");
        var version = _api.Version.Current;
        _api.Cache.Add(Planted(current, $"\"{version}-planted\""));
        _api.Cache.Add(Planted(previous, $"\"{version - 1}-planted\""));

        using var fromCurrent = await _api.GetAsync(current);
        using var fromPrevious = await _api.GetAsync(previous);

        // The first proves that the request is found by its spelling at all.
        Assert.Equal("""{"planted":true}""", await fromCurrent.Content.ReadAsStringAsync());
        Assert.Equal($"\"{version}-planted\"", fromCurrent.Headers.ETag!.Tag);
        Assert.StartsWith("""{"data":{"districts":""", await fromPrevious.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith($"\"{version}-", fromPrevious.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.NotEqual($"\"{version}-planted\"", fromPrevious.Headers.ETag.Tag);

        static CachedResponse Planted(string url, string tag) =>
            new(tag, """{"planted":true}"""u8.ToArray(), "application/json", null) { Request = new RequestKey("/graphql", url["/graphql".Length..], "", "") };
    }

    [Fact]
    public async Task Get_WithTheCacheTurnedOff_StillTagsAndRevalidatesButKeepsNothing()
    {
        await using var uncached = _api.WithSettings(new Dictionary<string, string> { ["GraphQL:ResponseCache:Enabled"] = "false" });
        using var client = uncached.CreateClient();
        var cache = uncached.Services.GetRequiredService<ResponseCache>();
        await CachedApi.WaitForVersionAsync(uncached.Services.GetRequiredService<ServedDataVersion>(), 1);

        using var first = await client.GetAsync(DistrictsUrl);
        using var second = await client.GetAsync(DistrictsUrl);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, DistrictsUrl);
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        using var notModified = await client.SendAsync(revalidate);

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Hits);
    }

    /// <summary>The API over its own seeded database, with a folder that adds one source.</summary>
    public sealed class CachedApi : IAsyncLifetime
    {
        private readonly PostgresFixture _postgres = new();
        private WebApplicationFactory<Program> _factory = null!;

        public TestDatabase Database { get; private set; } = null!;

        public HttpClient Client { get; private set; } = null!;

        internal ResponseCache Cache => _factory.Services.GetRequiredService<ResponseCache>();

        internal ServedDataVersion Version => _factory.Services.GetRequiredService<ServedDataVersion>();

        public string CityFolder { get; } = Directory.CreateTempSubdirectory("oid-cache-city-").FullName;

        public async Task InitializeAsync()
        {
            Database = await _postgres.CreateSeededDatabaseAsync();
            _factory = WithSettings(new Dictionary<string, string>());
            Client = _factory.CreateClient();
            await File.WriteAllLinesAsync(Path.Combine(CityFolder, "source.csv"),
            [
                "key,title,publisher,url,kind,licence,is_illustrative",
                "cache-test-city,Open data of the cache test city,Cache test city,https://example.org/cache,open_data,CC-BY-4.0,false",
            ]);
            await WaitForVersionAsync(1);
        }

        public WebApplicationFactory<Program> WithSettings(IReadOnlyDictionary<string, string> settings) =>
            new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseSetting("ConnectionStrings:Postgres", Database.ConnectionString);
                web.UseSetting("Database:SeedWhenEmpty", "false");
                foreach (var (key, value) in settings)
                {
                    web.UseSetting(key, value);
                }
            });

        public async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null, TimeSpan? timeout = null, string? accept = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (accept is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }

            if (ifNoneMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
            }

            using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
            return await Client.SendAsync(request, cancellation.Token);
        }

        public async Task PostAsync(string query, TimeSpan timeout)
        {
            using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
            using var cancellation = new CancellationTokenSource(timeout);
            using var response = await Client.PostAsync("/graphql", content, cancellation.Token);
        }

        /// <summary>Holds an exclusive lock on the table until disposed: any statement that reads it waits.</summary>
        public async Task<IAsyncDisposable> LockTableAsync(string table)
        {
            var connection = new Npgsql.NpgsqlConnection(Database.ConnectionString + ";Pooling=false");
            await connection.OpenAsync();
            var transaction = await connection.BeginTransactionAsync();
            await using var command = new Npgsql.NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", connection, transaction);
            await command.ExecuteNonQueryAsync();
            return connection;
        }

        public Task WaitForVersionAsync(long version) => WaitForVersionAsync(Version, version);

        internal static async Task WaitForVersionAsync(ServedDataVersion served, long version)
        {
            var clock = Stopwatch.StartNew();
            while (served.Current < version)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the served data version stayed {served.Current}");
                await Task.Delay(20);
            }
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await _factory.DisposeAsync();
            await Database.DisposeAsync();
            Directory.Delete(CityFolder, recursive: true);
        }
    }
}

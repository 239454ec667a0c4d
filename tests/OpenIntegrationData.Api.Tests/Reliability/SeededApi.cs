using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// The whole API over a real, seeded PostgreSQL database with a pool of four connections (what a 2-core
/// machine gets by default), shared by the reliability tests.
/// </summary>
public sealed class SeededApi : IAsyncLifetime
{
    public const int PoolSize = 4;

    private readonly PostgresFixture _postgres = new();
    private TestDatabase _database = null!;
    private WebApplicationFactory<Program> _factory = null!;

    public HttpClient Client { get; private set; } = null!;

    public TestDatabase Database => _database;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _database = await _postgres.CreateSeededDatabaseAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", _database.ConnectionString + $";Maximum Pool Size={PoolSize}");
            web.UseSetting("Database:SeedWhenEmpty", "false");
        });
        Client = _factory.CreateClient();
        Client.Timeout = TimeSpan.FromSeconds(60);
    }

    /// <summary>A second API over the same (already seeded) database, with extra settings; dispose it.</summary>
    public WebApplicationFactory<Program> WithSettings(IReadOnlyDictionary<string, string> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Postgres", _database.ConnectionString + $";Maximum Pool Size={PoolSize}");
            web.UseSetting("Database:SeedWhenEmpty", "false");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>POSTs a GraphQL query; the answer's status, body and <c>Retry-After</c>.</summary>
    public Task<Answer> PostAsync(string query, object? variables = null) => PostAsync(Client, query, variables);

    /// <summary>POSTs a GraphQL query with <paramref name="client"/>.</summary>
    public static async Task<Answer> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>
    /// Holds an exclusive lock on <paramref name="table"/> until disposed: every statement that reads it waits,
    /// holding its connection — a slow query, made on purpose and released at will.
    /// </summary>
    public async Task<NpgsqlTransaction> LockTableAsync(string table)
    {
        var connection = new NpgsqlConnection(_database.ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return transaction;
    }

    /// <summary>How many of the API's connections wait for a lock now.</summary>
    public async Task<long> ConnectionsWaitingForALockAsync()
    {
        await using var command = _database.DataSource.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'OpenIntegrationData' AND wait_event_type = 'Lock'");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

/// <summary>What a client saw.</summary>
public sealed record Answer(int Status, string Body, TimeSpan? RetryAfter);

[CollectionDefinition(Name)]
public sealed class SeededApiCollection : ICollectionFixture<SeededApi>
{
    public const string Name = "Seeded API";
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenIntegrationData.Data.Failures;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.7: each cause of a failure has its own code and message instead of "Unexpected Execution
/// Error", is logged once with the request id, and shows on <c>/metrics</c>.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class ErrorCodeTests(SeededApi api)
{
    [Fact]
    public async Task NulByteInAFilter_AnswersInvalidTextValue()
    {
        var answer = await api.PostAsync(
            "query($text: String) { programmes(first: 1, where: { key: { contains: $text } }) { nodes { key } } }",
            new { text = "a\u0000b" });

        Assert.Contains("\"code\":\"INVALID_TEXT_VALUE\"", answer.Body, StringComparison.Ordinal);
        Assert.Contains("NUL byte", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Unexpected Execution Error", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatementPastTheStatementTimeout_AnswersDatabaseTimeout_AndIsLoggedOnceWithTheRequestId()
    {
        var logs = new CollectedLogs();
        await using var strict = api.WithSettings(new Dictionary<string, string> { ["Database:StatementTimeout"] = "00:00:01" })
            .WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        using var client = strict.CreateClient();

        Answer answer;
        await using (var tableLock = await api.LockTableAsync("population_observation"))
        {
            answer = await SeededApi.PostAsync(client, "{ populationObservations(first: 1) { nodes { year } } }");
            await tableLock.RollbackAsync();
        }

        Assert.Contains("\"code\":\"DATABASE_TIMEOUT\"", answer.Body, StringComparison.Ordinal);
        var entry = Assert.Single(logs.Entries, static e => e.Contains("GraphQL request", StringComparison.Ordinal));
        Assert.Matches(@"GraphQL request \S+ failed: DATABASE_TIMEOUT", entry);

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches("""oid_graphql_errors_total\{[^}]*code="DATABASE_TIMEOUT"\} 1""", metrics);
        Assert.Contains("oid_graphql_request_duration_seconds_bucket", metrics, StringComparison.Ordinal);
        Assert.Contains("oid_db_connections_in_use", metrics, StringComparison.Ordinal);
        Assert.Contains("oid_graphql_document_cache_hits_total", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedBeforeExecution_IsCountedByItsCodeOnMetrics()
    {
        await using var server = api.WithSettings(new Dictionary<string, string>());
        using var client = server.CreateClient();

        // Over the 1 MiB request limit; then a registration over the persisted document cap.
        var tooLarge = await SeededApi.PostAsync(client, "{ __typename }\n#" + new string('x', 1024 * 1024));
        var padded = "{ __typename }\n#" + new string('x', 100_000);
        using var registration = new StringContent(
            System.Text.Json.JsonSerializer.Serialize(new
            {
                query = padded,
                extensions = new { persistedQuery = new { version = 1, sha256Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(padded))) } },
            }),
            System.Text.Encoding.UTF8,
            "application/json");
        using var refusedRegistration = await client.PostAsync(new Uri("/graphql", UriKind.Relative), registration);

        Assert.Equal(413, tooLarge.Status);
        Assert.Equal(400, (int)refusedRegistration.StatusCode);
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Matches("""oid_graphql_errors_total\{[^}]*code="HC0010"\} 1""", metrics);
        Assert.Matches("""oid_graphql_errors_total\{[^}]*code="PERSISTED_QUERY_TOO_LARGE"\} 1""", metrics);
        Assert.Matches("""oid_graphql_requests_total\{[^}]*outcome="refused"\} 2""", metrics);
        Assert.Contains("dotnet_process_memory_working_set_bytes", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoolHeldByOthers_AnswersDatabasePoolExhaustedThroughTheApi()
    {
        await using var server = api.WithSettings(new Dictionary<string, string>
        {
            ["ConnectionStrings:Postgres"] = api.Database.ConnectionString + $";Maximum Pool Size={SeededApi.PoolSize};Timeout=1",
        });
        using var client = server.CreateClient();
        Assert.Equal(200, (await SeededApi.PostAsync(client, "{ sdgGoals(first: 1) { nodes { number } } }")).Status);

        // Something outside the request budget holds every pooled connection.
        var dataSource = server.Services.GetRequiredService<NpgsqlDataSource>();
        var held = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < SeededApi.PoolSize; i++)
            {
                held.Add(await dataSource.OpenConnectionAsync());
            }

            var answer = await SeededApi.PostAsync(client, "{ sdgGoals(first: 2) { nodes { number } } }");

            Assert.Contains("\"code\":\"DATABASE_POOL_EXHAUSTED\"", answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Unexpected Execution Error", answer.Body, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task PoolExhausted_IsItsOwnCode()
    {
        await using var dataSource = NpgsqlDataSource.Create(api.Database.ConnectionString + ";Maximum Pool Size=1;Timeout=1");
        await using var held = await dataSource.OpenConnectionAsync();

        var refusal = await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await dataSource.OpenConnectionAsync());

        Assert.Equal(DatabaseErrorCodes.PoolExhausted, DatabaseErrors.Classify(refusal));
    }

    [Fact]
    public async Task DatabaseGone_AnswersDatabaseUnavailable()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Timeout=1");

        var refusal = await Assert.ThrowsAnyAsync<NpgsqlException>(async () => await dataSource.OpenConnectionAsync());

        Assert.Equal("The database is not available right now; try again shortly.", DatabaseErrors.FromException(refusal)?.Message);
        Assert.Equal(DatabaseErrorCodes.DatabaseUnavailable, DatabaseErrors.FromException(refusal)?.Code);
    }

    /// <summary>Every log entry's category and message.</summary>
    private sealed class CollectedLogs : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Collector(this);

        public void Dispose()
        {
        }

        private sealed class Collector(CollectedLogs logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Entries.Enqueue(formatter(state, exception));
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;

namespace OpenIntegrationData.Api.Tests.Reliability;

/// <summary>
/// Issue 13.2: expensive queries must not starve the pool. Slow queries are made real by locking the table
/// they read; cheap queries on other tables and <c>/health</c> must keep answering meanwhile.
/// </summary>
[Collection(SeededApiCollection.Name)]
public sealed class PoolStarvationTests(SeededApi api)
{
    // 50 observations with their municipality: field cost 500+, expensive.
    private const string Expensive = "{ populationObservations(first: 50) { nodes { year persons municipality { name } } } }";

    // One SDG goal: field cost below 200, cheap; reads another table.
    private const string Cheap = "{ sdgGoals(first: 1) { nodes { number } } }";

    [Fact]
    public async Task SixteenExpensiveQueriesOnALockedTable_CheapQueryAndHealthStillAnswer_ExcessRefusedWith429()
    {
        Task<Answer>[] expensive;
        await using (var tableLock = await api.LockTableAsync("population_observation"))
        {
            expensive = [.. Enumerable.Range(0, 16).Select(_ => api.PostAsync(Expensive))];
            await Task.Delay(500);

            var started = Stopwatch.StartNew();
            var cheap = await api.PostAsync(Cheap);
            using var health = await api.Client.GetAsync(new Uri("/health", UriKind.Relative));
            var elapsed = started.Elapsed;

            Assert.Equal(200, cheap.Status);
            Assert.DoesNotContain("\"errors\"", cheap.Body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.True(elapsed < TimeSpan.FromSeconds(3), $"the cheap query and /health took {elapsed.TotalMilliseconds:0} ms");

            // Past the queue timeout: the queued expensive requests are refused while the lock still holds.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            await tableLock.RollbackAsync();
        }

        var answers = await Task.WhenAll(expensive);
        Assert.All(answers, static a => Assert.True(a.Status is 200 or 429, $"{a.Status}: {a.Body}"));
        var refused = answers.Where(static a => a.Status == 429).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, static a =>
        {
            Assert.Equal(TimeSpan.FromSeconds(2), a.RetryAfter);
            Assert.Contains("\"code\":\"SERVER_BUSY\"", a.Body, StringComparison.Ordinal);
        });
        Assert.All(answers.Where(static a => a.Status == 200), static a => Assert.DoesNotContain("\"errors\"", a.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneRequestWithSixAliases_HoldsAtMostTwoConnections()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 6; i++)
        {
            query.Append(" a").Append(i).Append(": populationObservations(first: 1, where: { year: { gte: ").Append(2000 + i).Append(" } }) { nodes { year } }");
        }

        query.Append(" }");
        Task<Answer> answer;
        long waiting;
        await using (var tableLock = await api.LockTableAsync("population_observation"))
        {
            answer = api.PostAsync(query.ToString());
            await Task.Delay(1000);
            waiting = await api.ConnectionsWaitingForALockAsync();
            await tableLock.RollbackAsync();
        }

        Assert.Equal(2, waiting);
        var done = await answer;
        Assert.Equal(200, done.Status);
        Assert.DoesNotContain("\"errors\"", done.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InFilterWithAHundredThousandYears_IsRefusedByItsCostBeforeTheDatabaseRuns()
    {
        var years = Enumerable.Range(0, 100_000).ToArray();
        var started = Stopwatch.StartNew();

        var answer = await api.PostAsync(
            "query($years: [Int!]) { populationObservations(first: 1, where: { year: { in: $years } }) { nodes { year } } }",
            new { years });

        Assert.Equal(400, answer.Status);
        Assert.Contains("\"code\":\"HC0047\"", answer.Body, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(2), $"took {started.Elapsed.TotalMilliseconds:0} ms");
    }
}

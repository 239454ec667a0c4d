using System.Diagnostics;
using Npgsql;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Sql;

/// <summary>Statements stop at the statement timeout and when the client goes away, on the server too.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class SqlRunnerTests(SeededGraphFixture fixture)
{
    private static readonly SqlStatement Sleep = SqlFragment.Trusted("select pg_sleep(30)::text").ToStatement();

    [Fact]
    public async Task QueryAsync_LongerThanStatementTimeout_FailsAfterTheTimeout()
    {
        var runner = new SqlRunner(fixture.Database.DataSource, TimeSpan.FromSeconds(1), observer: null);
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => runner.QueryAsync(Sleep, static r => r.GetString(0), CancellationToken.None));

        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task QueryAsync_ClientGoesAway_CancelledPromptly()
    {
        var runner = new SqlRunner(fixture.Database.DataSource, TimeSpan.FromSeconds(60), observer: null);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.QueryAsync(Sleep, static r => r.GetString(0), cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task QueryAsync_TwoStatements_OneRoundTripWithBothResults()
    {
        var counter = new StatementCounter();
        var runner = new SqlRunner(fixture.Database.DataSource, TimeSpan.FromSeconds(10), counter);

        var (names, counts) = await runner.QueryAsync(
            SqlFragment.Of($"select name from district where id = {1L}").ToStatement(),
            static r => r.GetString(0),
            SqlFragment.Trusted("select count(*) from district").ToStatement(),
            static r => r.GetInt64(0),
            CancellationToken.None);

        Assert.Single(names);
        Assert.True(counts.Single() > 1);
        Assert.Equal(1, counter.RoundTrips);
        Assert.Equal(2, counter.Count);
    }
}

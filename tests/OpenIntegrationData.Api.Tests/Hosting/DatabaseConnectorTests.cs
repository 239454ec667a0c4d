using Npgsql;
using OpenIntegrationData.Api.Hosting;

namespace OpenIntegrationData.Api.Tests.Hosting;

/// <summary>The connection settings the API adds to a configured connection string, and the ones it leaves to the operator.</summary>
public sealed class DatabaseConnectorTests
{
    [Fact]
    public void Tune_NoPoolSizeGiven_CapsThePoolAtTwoConnectionsPerCore()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseConnector.Tune("Host=db.example;Database=oid"));

        Assert.Equal(Math.Max(4, 2 * Environment.ProcessorCount), tuned.MaxPoolSize);
        Assert.Equal("db.example", tuned.Host);
        Assert.Equal("oid", tuned.Database);
    }

    [Theory]
    [InlineData("Host=db.example;Maximum Pool Size=30")]
    [InlineData("Host=db.example;maximum pool size=30")]
    [InlineData("Host=db.example;MaxPoolSize=30")]
    public void Tune_PoolSizeGiven_KeepsIt(string connectionString)
    {
        Assert.Equal(30, new NpgsqlConnectionStringBuilder(DatabaseConnector.Tune(connectionString)).MaxPoolSize);
    }

    [Fact]
    public void Tune_PlainConnectionString_NamesTheApplicationAndPreparesRepeatedStatements()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseConnector.Tune("Host=db.example"));

        Assert.Equal("OpenIntegrationData", tuned.ApplicationName);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
    }

    [Fact]
    public void Tune_ApplicationNameGiven_KeepsIt()
    {
        Assert.Equal("city-portal", new NpgsqlConnectionStringBuilder(DatabaseConnector.Tune("Host=db.example;Application Name=city-portal")).ApplicationName);
    }

    [Fact]
    public void ForReading_SeveralHosts_PrefersStandbysSpreadOverThem()
    {
        var reading = new NpgsqlConnectionStringBuilder(DatabaseConnector.ForReading("Host=primary,standby1,standby2;Database=oid"));

        Assert.Equal("prefer-standby", reading.TargetSessionAttributes);
        Assert.True(reading.LoadBalanceHosts);
    }

    [Fact]
    public void ForReading_SeveralHostsWithTheirOwnChoice_KeepsIt()
    {
        var reading = new NpgsqlConnectionStringBuilder(DatabaseConnector.ForReading("Host=a,b;Target Session Attributes=standby;Load Balance Hosts=false"));

        Assert.Equal("standby", reading.TargetSessionAttributes);
        Assert.False(reading.LoadBalanceHosts);
    }

    [Fact]
    public void ForReading_OneHost_LeavesTheStringAsItIs()
    {
        Assert.Equal("Host=db.example;Database=oid", DatabaseConnector.ForReading("Host=db.example;Database=oid"));
    }

    [Theory]
    [InlineData("Host=primary,standby;Database=oid")]
    [InlineData("Host=primary,standby;Database=oid;Target Session Attributes=prefer-standby;Load Balance Hosts=true")]
    public void ForWriting_SeveralHosts_AlwaysGoesToThePrimary(string connectionString)
    {
        var writing = new NpgsqlConnectionStringBuilder(DatabaseConnector.ForWriting(connectionString));

        Assert.Equal("primary", writing.TargetSessionAttributes);
        Assert.False(writing.LoadBalanceHosts);
    }

    [Fact]
    public void Split_SeveralHostsWithPorts_GivesOneStringPerHostWithItsPort()
    {
        var hosts = ConnectionHosts.Split("Host=10.0.0.1:5433,db2;Port=5434;Database=oid;Target Session Attributes=prefer-standby")
            .Select(static s => new NpgsqlConnectionStringBuilder(s)).ToList();

        Assert.Equal(["10.0.0.1", "db2"], hosts.Select(static h => h.Host));
        Assert.Equal([5433, 5434], hosts.Select(static h => h.Port));
        Assert.All(hosts, static h => Assert.Equal("oid", h.Database));
        Assert.All(hosts, static h => Assert.Null(h.TargetSessionAttributes));
    }
}

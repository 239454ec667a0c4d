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
}

using Npgsql;
using OpenIntegrationData.Api.Options;
using OpenIntegrationData.Data.Model;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Connects to the configured database, or — with no connection string — starts the private local
/// cluster and connects to its <c>openintegrationdata</c> database (created on first start).
/// </summary>
internal static class DatabaseConnector
{
    public const string LocalDatabaseName = "openintegrationdata";

    /// <summary>Prepared statements kept per connection; the graph's shapes of SQL are a few dozen.</summary>
    private const int AutoPreparedStatements = 64;

    public static async Task<ConnectedDatabase> ConnectAsync(
        DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (!options.UsesLocalCluster)
        {
            logger.LogInformation(
                options.OwnerConnectionString is null
                    ? "Using the database from ConnectionStrings:Postgres"
                    : "Using the database from ConnectionStrings:Postgres to serve and ConnectionStrings:PostgresOwner to migrate and import");
            return Connected(options.ConnectionString!, cluster: null, options.OwnerConnectionString);
        }

        var dataDirectory = string.IsNullOrWhiteSpace(options.LocalDataDirectory)
            ? EmbeddedDataDirectory.Resolve()
            : Path.GetFullPath(options.LocalDataDirectory);
        logger.LogInformation("No ConnectionStrings:Postgres configured: starting a private PostgreSQL cluster in {DataDirectory}", dataDirectory);

        var cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresClusterOptions { DataDirectory = dataDirectory }, cancellationToken);
        try
        {
            await EnsureDatabaseExistsAsync(cluster, cancellationToken);
            logger.LogInformation(
                cluster.IsOwner
                    ? "Private PostgreSQL cluster listens on 127.0.0.1:{Port}"
                    : "Another process runs the private PostgreSQL cluster; using it on 127.0.0.1:{Port} and leaving it running",
                cluster.Port);
            return Connected(cluster.GetConnectionString(LocalDatabaseName), cluster);
        }
        catch
        {
            await cluster.StopAsync(CancellationToken.None);
            throw;
        }
    }

    // The model's types (NodaTime dates and instants, PostGIS geometries) are mapped on the pools the
    // graph's own SQL and the importer run through; values read or bound as DateOnly stay as they were.
    // Each pool has a plain name: Npgsql labels its /metrics series with it, instead of the connection string.
    // With several hosts, requests read from the standbys and the owner writes on the primary (ForReading, ForWriting).
    private static ConnectedDatabase Connected(string connectionString, LocalPostgresCluster? cluster, string? ownerConnectionString = null)
    {
        var served = ForReading(connectionString);
        var owner = ForWriting(ownerConnectionString ?? connectionString);
        var ownerIsServed = ownerConnectionString is null && owner == connectionString;
        return new(
            new NpgsqlDataSourceBuilder(Tune(served)) { Name = "serving" }.UseOpenDataTypes().Build(),
            CreateHealthDataSource(served),
            ownerIsServed ? null : new NpgsqlDataSourceBuilder(Tune(Named(owner, "OpenIntegrationData owner"))) { Name = "owner" }.UseOpenDataTypes().Build(),
            owner,
            served,
            cluster);
    }

    /// <summary>
    /// Requests read from a standby when the connection string names several hosts: unless it says otherwise,
    /// <c>Target Session Attributes=prefer-standby</c> (the primary only while no standby answers) and
    /// <c>Load Balance Hosts=true</c> (connections spread over the standbys). One host is left as it is.
    /// </summary>
    internal static string ForReading(string connectionString)
    {
        if (!HasSeveralHosts(connectionString))
        {
            return connectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "Target Session Attributes", "TargetSessionAttributes"))
        {
            builder.TargetSessionAttributes = "prefer-standby";
        }

        if (!Mentions(connectionString, "Load Balance Hosts", "LoadBalanceHosts"))
        {
            builder.LoadBalanceHosts = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Migrations, the seed data and imports write: with several hosts, always on the primary.</summary>
    internal static string ForWriting(string connectionString) =>
        HasSeveralHosts(connectionString)
            ? new NpgsqlConnectionStringBuilder(connectionString) { TargetSessionAttributes = "primary", LoadBalanceHosts = false }.ConnectionString
            : connectionString;

    /// <summary>The owner's sessions tell themselves apart from the requests' in <c>pg_stat_activity</c>, unless the string names them.</summary>
    private static string Named(string connectionString, string applicationName) =>
        Mentions(connectionString, "Application Name", "ApplicationName")
            ? connectionString
            : new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;

    private static bool HasSeveralHosts(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString).Host?.Contains(',', StringComparison.Ordinal) == true;

    /// <summary>
    /// The health check's own single connection, outside the pool the requests share: a busy pool is not
    /// a sick database, and <c>/health</c> must not say 503 while every pooled connection works.
    /// </summary>
    private static NpgsqlDataSource CreateHealthDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(Tune(connectionString)) { MaxPoolSize = 1, MinPoolSize = 0 };
        builder.ApplicationName += " health";
        return new NpgsqlDataSourceBuilder(builder.ConnectionString) { Name = "health" }.Build();
    }

    /// <summary>The connection string with the settings this read API wants unless the operator set them.</summary>
    internal static string Tune(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "OpenIntegrationData";
        }

        // A read API sends the same few statement texts over and over: let Npgsql prepare them once per
        // connection instead of having PostgreSQL parse and plan each one again.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = 2;
        }

        // Nothing we run leaves session state on a pooled connection (reads; the importer's staging tables
        // drop on commit; the migration lock is released in a finally), so skip the DISCARD ALL that
        // Npgsql otherwise sends before every statement on a reused connection.
        builder.NoResetOnClose = true;

        // Npgsql's default of 100 lets every concurrent request run a backend of its own. On a small box
        // that shares its cores with PostgreSQL, 16 busy backends time-slice against the server and the
        // slowest requests wait tens of milliseconds for a CPU; a few connections per core, with requests
        // queueing fairly in the pool, kept throughput and cut the by-id shape's p99 (benchmarks/load).
        if (!Mentions(connectionString, "Maximum Pool Size", "MaxPoolSize"))
        {
            builder.MaxPoolSize = DefaultMaxPoolSize;
        }

        return builder.ConnectionString;
    }

    /// <summary>Pool size when the connection string names none: two connections per core, at least four.</summary>
    internal static int DefaultMaxPoolSize => Math.Max(4, 2 * Environment.ProcessorCount);

    private static bool Mentions(string connectionString, params string[] keywords)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return keywords.Any(given.ContainsKey);
    }

    private static async Task EnsureDatabaseExistsAsync(LocalPostgresCluster cluster, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", LocalDatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // The name is our own constant; CREATE DATABASE takes no parameters.
        await using var create = new NpgsqlCommand($"CREATE DATABASE {LocalDatabaseName}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }
}

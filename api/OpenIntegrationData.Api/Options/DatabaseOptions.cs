namespace OpenIntegrationData.Api.Options;

/// <summary>
/// Which PostgreSQL the API uses and how it is prepared. Section <c>Database</c>; the connection
/// string comes from <c>ConnectionStrings:Postgres</c> (environment: <c>ConnectionStrings__Postgres</c>).
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string ConnectionStringName = "Postgres";

    public const string OwnerConnectionStringName = "PostgresOwner";

    /// <summary>An existing database to use. When empty, the API runs a private local cluster instead.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The role that owns the tables: migrations, the seed data and imports run with it, and at start it lets the
    /// served role (<see cref="ConnectionString"/>) read every table. Empty means the served connection does all.
    /// </summary>
    public string? OwnerConnectionString { get; set; }

    /// <summary>
    /// Data folder of the private cluster. Empty means the default: <c>.local/pgdata</c> in the repository
    /// when run from a clone, otherwise <c>OpenIntegrationData/pgdata</c> in the user's data folder.
    /// </summary>
    public string? LocalDataDirectory { get; set; }

    /// <summary>Load <see cref="SeedDataFolder"/> into the database when it holds no data yet.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>The CSV folder loaded into an empty database; by default the <c>seed-data</c> folder beside the program.</summary>
    public string SeedDataFolder { get; set; } = Path.Combine(AppContext.BaseDirectory, "seed-data");

    /// <summary>How long <c>/health</c> waits for the database before it answers 503.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often the data version is read even without a notification (a standby gets none): the longest a
    /// server keeps answering from the previous version after an import.
    /// </summary>
    public TimeSpan DataVersionPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool UsesLocalCluster => string.IsNullOrWhiteSpace(ConnectionString);
}

namespace OpenIntegrationData.LocalPostgres;

/// <summary>Where and how a <see cref="LocalPostgresCluster"/> keeps its data.</summary>
public sealed class LocalPostgresClusterOptions
{
    /// <summary>The cluster's data folder; created and initialised on first start, reused afterwards.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// True keeps PostgreSQL's crash safety (fsync). False trades it for speed and is meant for
    /// throwaway test clusters only: a crash can corrupt such a cluster.
    /// </summary>
    public bool Durable { get; init; } = true;

    /// <summary>A folder holding initdb, pg_ctl and postgres; null searches PATH and /usr/lib/postgresql/*/bin.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>How long initdb, start and stop may take each.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}

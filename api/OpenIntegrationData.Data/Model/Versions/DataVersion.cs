using NodaTime;

namespace OpenIntegrationData.Data.Model.Versions;

/// <summary>
/// The version of the data as a whole (table <c>data_version</c>, one row): every committed import raises it,
/// so a server can tell in one cheap read whether what it keeps about the data is still current.
/// </summary>
public sealed class DataVersion
{
    /// <summary>Always 1: the table holds a single row.</summary>
    public int Id { get; set; }

    public long Version { get; set; }

    public Instant ChangedAt { get; set; }
}

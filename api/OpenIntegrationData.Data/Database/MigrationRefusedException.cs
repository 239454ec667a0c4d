namespace OpenIntegrationData.Data.Database;

/// <summary>
/// The database cannot be migrated as it is: its history disagrees with the code (a database of an earlier
/// release whose SQL migrations were applied only in part), or the server lacks PostGIS. Nothing was
/// changed; a person has to decide what to do.
/// </summary>
public sealed class MigrationRefusedException : Exception
{
    public MigrationRefusedException()
    {
    }

    public MigrationRefusedException(string message)
        : base(message)
    {
    }

    public MigrationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace OpenIntegrationData.Data.Database;

/// <summary>
/// The database and the code disagree about the schema's history (an applied migration was edited,
/// or a migration name is malformed). Nothing was changed; a person has to decide what to do.
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

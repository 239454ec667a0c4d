using Npgsql;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Least privilege: when the API serves with a role of its own (<c>ConnectionStrings:Postgres</c>) and migrates with
/// the owner (<c>ConnectionStrings:PostgresOwner</c>), the owner lets the served role read every table after each
/// migration run — and nothing more, so the served role cannot write.
/// </summary>
internal static class ServedRoleGrant
{
    public static async Task GrantReadAsync(ConnectedDatabase database, ILogger logger, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(database.OwnerDataSource, database.DataSource))
        {
            return;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        var served = connection.UserName;
        await using var owner = await database.OwnerDataSource.OpenConnectionAsync(cancellationToken);
        if (string.IsNullOrEmpty(served) || served == owner.UserName)
        {
            return;
        }

        var role = "\"" + served.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var grant = new NpgsqlCommand(
            $"grant usage on schema public to {role}; grant select on all tables in schema public to {role}",
            owner);
        await grant.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("The served role {Role} may read every table of schema public (and write none)", served);
    }
}

using Microsoft.Extensions.Options;
using Npgsql;

namespace OpenIntegrationData.Api.Options;

/// <summary>Checks <see cref="DatabaseOptions"/> once at start, so a bad setting stops the API with a clear message.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();

        if (!options.UsesLocalCluster && !IsValidConnectionString(options.ConnectionString!))
        {
            failures.Add("ConnectionStrings:Postgres is not a valid PostgreSQL connection string (e.g. Host=db;Username=app;Password=…;Database=oid).");
        }

        if (options.OwnerConnectionString is { } owner && (options.UsesLocalCluster || !IsValidConnectionString(owner)))
        {
            failures.Add(options.UsesLocalCluster
                ? "ConnectionStrings:PostgresOwner needs ConnectionStrings:Postgres (the served role) beside it."
                : "ConnectionStrings:PostgresOwner is not a valid PostgreSQL connection string (e.g. Host=db;Username=owner;Password=…;Database=oid).");
        }

        if (options.HealthCheckTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{DatabaseOptions.Section}:HealthCheckTimeout must be positive.");
        }

        if (options.DataVersionPollInterval <= TimeSpan.Zero)
        {
            failures.Add($"{DatabaseOptions.Section}:DataVersionPollInterval must be positive.");
        }

        if (options.SeedWhenEmpty && !Directory.Exists(options.SeedDataFolder))
        {
            failures.Add($"{DatabaseOptions.Section}:SeedDataFolder '{options.SeedDataFolder}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

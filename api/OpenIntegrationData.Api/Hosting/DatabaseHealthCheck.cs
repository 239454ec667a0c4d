using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIntegrationData.Api.Options;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>
/// Healthy only when the database answers a query within <see cref="DatabaseOptions.HealthCheckTimeout"/>, on
/// a connection of its own: requests that hold every pooled connection do not make the database look down.
/// </summary>
internal sealed class DatabaseHealthCheck(DatabaseLifetime database, IOptions<DatabaseOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!database.IsConnected)
        {
            return HealthCheckResult.Unhealthy("The database is not connected yet.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.HealthCheckTimeout);
        try
        {
            await using var command = database.HealthDataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}

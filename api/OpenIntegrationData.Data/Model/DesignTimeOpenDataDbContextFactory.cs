using Microsoft.EntityFrameworkCore.Design;

namespace OpenIntegrationData.Data.Model;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a database: adding a migration compares
/// the model with the last snapshot and never connects.
/// </summary>
internal sealed class DesignTimeOpenDataDbContextFactory : IDesignTimeDbContextFactory<OpenDataDbContext>
{
    public OpenDataDbContext CreateDbContext(string[] args) =>
        new(OpenDataDbContextOptions.For("Host=127.0.0.1;Database=openintegrationdata"));
}

using Microsoft.EntityFrameworkCore;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model;

/// <summary>
/// The one description of the tables: every entity with its columns, keys, constraints, indexes and
/// comments, configured by one <see cref="IEntityTypeConfiguration{TEntity}"/> per entity in this assembly.
/// It describes and migrates the database; the GraphQL queries run as our own compiled SQL, not through it.
/// </summary>
public sealed class OpenDataDbContext(DbContextOptions<OpenDataDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseIdentityAlwaysColumns();
        // Trigram indexes make search's substring matches fast (search_entry).
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataDbContext).Assembly);
        PostgresNames.Apply(modelBuilder.Model);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every index is declared in the configurations, chosen for the queries the graph runs; EF's
        // habit of indexing each foreign key on its own would add indexes nobody asked for.
        configurationBuilder.Conventions.Remove<Microsoft.EntityFrameworkCore.Metadata.Conventions.ForeignKeyIndexConvention>();
    }
}

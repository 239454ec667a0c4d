using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OpenIntegrationData.Data.Model;

/// <summary>How every user of <see cref="OpenDataDbContext"/> connects: Npgsql with NodaTime and NetTopologySuite types.</summary>
public static class OpenDataDbContextOptions
{
    /// <summary>Options over a data source built with <see cref="UseOpenDataTypes"/>.</summary>
    public static DbContextOptions<OpenDataDbContext> For(NpgsqlDataSource dataSource) =>
        new DbContextOptionsBuilder<OpenDataDbContext>()
            .UseNpgsql(dataSource, npgsql => npgsql.UseNodaTime().UseNetTopologySuite())
            .Options;

    /// <summary>Options for a connection string (design time, migrations).</summary>
    public static DbContextOptions<OpenDataDbContext> For(string connectionString) =>
        new DbContextOptionsBuilder<OpenDataDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.UseNodaTime().UseNetTopologySuite())
            .Options;

    /// <summary>Registers the model's value types (dates, instants, geometries) on a data source the API builds itself.</summary>
    public static NpgsqlDataSourceBuilder UseOpenDataTypes(this NpgsqlDataSourceBuilder builder)
    {
        builder.UseNodaTime();
        builder.UseNetTopologySuite();
        return builder;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenIntegrationData.Data.Model;

/// <summary>
/// The EF Core model of the tables, built once without a database (building the model never connects),
/// so the catalog and the importer read table and column facts from the one description of the tables.
/// </summary>
public static class ModelFacts
{
    private static readonly Lazy<IModel> DesignTimeModel = new(static () =>
    {
        using var context = new OpenDataDbContext(OpenDataDbContextOptions.For("Host=localhost"));
        return context.GetService<IDesignTimeModel>().Model;
    });

    /// <summary>The model with everything the configurations say (comments, checks, rules), not only what queries need.</summary>
    public static IModel Model => DesignTimeModel.Value;

    /// <summary>The entity type of a model class.</summary>
    public static IEntityType Entity(Type clrType) =>
        Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not an entity of {nameof(OpenDataDbContext)}.");
}

using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenIntegrationData.Data.Model.Building;

/// <summary>
/// Names tables and columns in snake_case after their CLR names, and keys, unique constraints and
/// foreign keys as PostgreSQL names them itself (<c>source_pkey</c>, <c>source_key_key</c>,
/// <c>sdg_goal_source_id_fkey</c>), so the schema reads like hand-written SQL. Names set explicitly stay.
/// Foreign keys never cascade: rows are removed on purpose, not as a side effect.
/// </summary>
public static class PostgresNames
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            // An entity read from a view keeps only its view: naming a table for it would make migrations create one.
            if (entity.GetViewName() is null)
            {
                entity.SetTableName(TableOf(entity));
            }

            foreach (var property in entity.GetProperties())
            {
                if (property.FindAnnotation(RelationalAnnotationNames.ColumnName) is null)
                {
                    property.SetColumnName(SnakeCase(property.Name));
                }
            }
        }

        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName() ?? entity.GetViewName()!;
            foreach (var key in entity.GetDeclaredKeys().Where(key => key.FindAnnotation(RelationalAnnotationNames.Name) is null))
            {
                key.SetName(key.IsPrimaryKey() ? $"{table}_pkey" : $"{table}_{ColumnList(key.Properties)}_key");
            }

            foreach (var foreignKey in entity.GetDeclaredForeignKeys())
            {
                foreignKey.DeleteBehavior = DeleteBehavior.NoAction;
                if (foreignKey.FindAnnotation(RelationalAnnotationNames.Name) is null)
                {
                    foreignKey.SetConstraintName($"{table}_{ColumnList(foreignKey.Properties)}_fkey");
                }
            }
        }
    }

    /// <summary>The table an entity maps to: its configured name, or its CLR name in snake_case.</summary>
    public static string TableOf(IReadOnlyEntityType entity)
    {
        var configured = entity.FindAnnotation(RelationalAnnotationNames.TableName)?.Value as string;
        // ToTable(table => …) without a name records the default name, the CLR name.
        return configured is null || configured == entity.ClrType.Name ? SnakeCase(entity.ClrType.Name) : configured;
    }

    /// <summary>The column a property maps to: its configured name, or its name in snake_case.</summary>
    public static string ColumnOf(IReadOnlyProperty property) =>
        property.FindAnnotation(RelationalAnnotationNames.ColumnName)?.Value as string ?? SnakeCase(property.Name);

    /// <summary><c>AreaKm2</c> → <c>area_km2</c>, <c>SdgGoal</c> → <c>sdg_goal</c>.</summary>
    public static string SnakeCase(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }

    private static string ColumnList(IEnumerable<IReadOnlyProperty> properties) => string.Join('_', properties.Select(ColumnOf));
}

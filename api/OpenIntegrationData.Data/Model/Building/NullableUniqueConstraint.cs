using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenIntegrationData.Data.Model.Building;

/// <summary>
/// A UNIQUE constraint over columns that may be empty. EF Core keys cannot be empty, so the model declares
/// these as unique indexes; migrations create them as constraints, as the schema always had them.
/// </summary>
public static class NullableUniqueConstraint
{
    /// <summary>Adds the constraint; with <paramref name="nullsDistinct"/> false an empty value counts as a value of its own.</summary>
    public static void AddNullableUniqueConstraint(
        this MigrationBuilder migrationBuilder, string name, string table, string[] columns, bool nullsDistinct = true) =>
        migrationBuilder.Sql(
            $"alter table {table} add constraint {name} unique{(nullsDistinct ? "" : " nulls not distinct")} ({string.Join(", ", columns)});");
}

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// One scalar field of an entity: its GraphQL name, the SQL that reads it, how it is served, and
/// whether clients can filter and sort by it.
/// </summary>
/// <param name="Name">GraphQL field name (camelCase).</param>
/// <param name="Sql">A column name, or an SQL expression in which <c>{t}</c> stands for the table alias.</param>
/// <param name="Kind">How the value is served.</param>
/// <param name="Nullable">Whether the value can be missing.</param>
/// <param name="Description">Plain-words description for the schema.</param>
public sealed record ColumnDefinition(string Name, string Sql, ValueKind Kind, bool Nullable, string Description)
{
    /// <summary>The enum type name when <see cref="Kind"/> is <see cref="ValueKind.Enum"/>.</summary>
    public string? EnumName { get; init; }

    /// <summary>The English column (with <see cref="Sql"/> the German one) when <see cref="Kind"/> is <see cref="ValueKind.LocalizedText"/>.</summary>
    public string? EnglishSql { get; init; }

    /// <summary>Whether the column appears in the filter input.</summary>
    public bool Filterable { get; init; } = true;

    /// <summary>Whether the column appears in the sort input.</summary>
    public bool Sortable { get; init; } = true;

    /// <summary>The SQL expression for a table alias.</summary>
    public string SqlFor(string alias) => Expand(Sql, alias);

    /// <summary>A column name or <c>{t}</c> expression (as in <see cref="Sql"/>) for a table alias.</summary>
    public static string Qualify(string sql, string alias) => Expand(sql, alias);

    /// <summary>The English SQL expression of a localised text for a table alias.</summary>
    public string EnglishSqlFor(string alias) => Expand(EnglishSql ?? throw new InvalidOperationException($"{Name} is not localised."), alias);

    // A bare column name is qualified with the alias; anything else is an expression that names {t} itself.
    private static string Expand(string sql, string alias) =>
        !sql.AsSpan().ContainsAnyExcept(BareNameCharacters)
            ? $"{alias}.{sql}"
            : sql.Replace("{t}", alias, StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> BareNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_");
}

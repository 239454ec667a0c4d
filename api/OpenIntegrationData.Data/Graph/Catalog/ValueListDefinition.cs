namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// A list of plain values kept in a link table (a programme's languages and target groups),
/// served as <c>[T!]!</c> and filtered with the <c>List…OperationFilterInput</c> of its element type.
/// </summary>
/// <param name="Name">GraphQL field name.</param>
/// <param name="Table">The link table.</param>
/// <param name="OwnerKey">The link table's column pointing at the entity.</param>
/// <param name="ValueColumn">The column holding the value.</param>
/// <param name="Kind">String or Enum.</param>
/// <param name="Description">Plain-words description.</param>
public sealed record ValueListDefinition(string Name, string Table, string OwnerKey, string ValueColumn, ValueKind Kind, string Description)
{
    /// <summary>The enum type name for enum lists.</summary>
    public string? EnumName { get; init; }
}

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// One entity of the graph: a table with a bigint surrogate key <c>id</c>, served as an object
/// type implementing <c>Node</c>, with a root connection, a filter input and a sort input.
/// </summary>
/// <param name="Name">GraphQL type name, e.g. <c>District</c>.</param>
/// <param name="Table">Database table.</param>
/// <param name="ConnectionField">Root connection field, e.g. <c>districts</c>.</param>
/// <param name="Description">Plain-words description.</param>
public sealed record EntityDefinition(string Name, string Table, string ConnectionField, string Description)
{
    /// <summary>Description of the root connection: what the list holds.</summary>
    public string ListDescription { get; init; } = string.Empty;

    /// <summary>Why the root connection is deprecated and what to use instead, or null while it is current.</summary>
    public string? ConnectionDeprecationReason { get; init; }

    /// <summary>Scalar fields in schema order.</summary>
    public IReadOnlyList<ColumnDefinition> Columns { get; init; } = [];

    /// <summary>Relations in schema order.</summary>
    public IReadOnlyList<RelationDefinition> Relations { get; init; } = [];

    /// <summary>Value lists kept in link tables.</summary>
    public IReadOnlyList<ValueListDefinition> ValueLists { get; init; } = [];

    /// <summary>Root lookups by natural key.</summary>
    public IReadOnlyList<LookupDefinition> Lookups { get; init; } = [];

    /// <summary>
    /// The PostGIS column with the entity's outline (a MultiPolygon in WGS 84), or null: such an entity gets the fields
    /// <c>boundary(tolerance:)</c> (GeoJSON) and <c>boundingBox</c>, and its areas answer <c>areasAt</c> when it is the area.
    /// </summary>
    public string? Outline { get; init; }

    /// <summary>Grouped totals over this entity, or null.</summary>
    public TotalsDefinition? Totals { get; init; }

    /// <summary>The column with this GraphQL name, or null.</summary>
    public ColumnDefinition? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>The relation with this GraphQL name, or null.</summary>
    public RelationDefinition? FindRelation(string name) => Relations.FirstOrDefault(r => r.Name == name);

    /// <summary>The value list with this GraphQL name, or null.</summary>
    public ValueListDefinition? FindValueList(string name) => ValueLists.FirstOrDefault(r => r.Name == name);

    /// <summary>The type name of the filter input.</summary>
    public string FilterInputName => $"{Name}FilterInput";

    /// <summary>The type name of the sort input.</summary>
    public string SortInputName => $"{Name}SortInput";
}

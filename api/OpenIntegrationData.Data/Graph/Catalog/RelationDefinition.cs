namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// A field that leads to other entities. To-one relations are served as an object field and
/// filtered and sorted as a nested object; to-many relations are served as a paged connection
/// and filtered with <c>some/all/none/any</c>.
/// </summary>
/// <param name="Name">GraphQL field name.</param>
/// <param name="Target">GraphQL type name of the target entity.</param>
/// <param name="Kind">How the tables are linked.</param>
/// <param name="Description">Plain-words description.</param>
public sealed record RelationDefinition(string Name, string Target, RelationKind Kind, string Description)
{
    /// <summary>To-one: the foreign key column on this table; to-many: the foreign key column on the target table.</summary>
    public string? ForeignKey { get; init; }

    /// <summary>To-one: whether the foreign key can be empty.</summary>
    public bool Nullable { get; init; }

    /// <summary>Many-to-many: the link table.</summary>
    public string? LinkTable { get; init; }

    /// <summary>Many-to-many: the link table's column pointing at this entity.</summary>
    public string? LinkOwnerKey { get; init; }

    /// <summary>Many-to-many: the link table's column pointing at the target.</summary>
    public string? LinkTargetKey { get; init; }

    /// <summary>Whether the relation appears in the filter input.</summary>
    public bool Filterable { get; init; } = true;

    /// <summary>To-one relation that also appears in the sort input.</summary>
    public bool Sortable { get; init; } = true;

    /// <summary>Why the field is deprecated and what to use instead, or null while it is current.</summary>
    public string? DeprecationReason { get; init; }

    /// <summary>A relation served as a list of values (a connection or object).</summary>
    public bool IsMany => Kind != RelationKind.ToOne;
}

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>How two entities are linked in the database.</summary>
public enum RelationKind
{
    /// <summary>This table holds a foreign key to the target (district → municipality).</summary>
    ToOne,

    /// <summary>The target table holds a foreign key to this one (municipality → districts).</summary>
    ToMany,

    /// <summary>A link table joins both (programme ↔ district through programme_district).</summary>
    ManyToMany,
}

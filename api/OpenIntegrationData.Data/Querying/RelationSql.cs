using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Querying;

/// <summary>
/// How a relation reads in SQL: the FROM clause that reaches the target rows and the condition
/// that ties them to an owner row. Filters, sorts and loaders all join through here.
/// </summary>
internal static class RelationSql
{
    /// <summary>The FROM clause of the target (with the link table for many-to-many), target rows aliased <paramref name="targetAlias"/>.</summary>
    public static string From(RelationDefinition relation, string targetAlias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        return relation.Kind == RelationKind.ManyToMany
            ? $"{relation.LinkTable} {targetAlias}_l join {target.Table} {targetAlias} on {targetAlias}.id = {targetAlias}_l.{relation.LinkTargetKey}"
            : $"{target.Table} {targetAlias}";
    }

    /// <summary>The SQL of the owner's key as seen from the target rows (to group or match them per owner).</summary>
    public static string OwnerKey(RelationDefinition relation, string targetAlias) => relation.Kind switch
    {
        RelationKind.ToMany => $"{targetAlias}.{relation.ForeignKey}",
        RelationKind.ManyToMany => $"{targetAlias}_l.{relation.LinkOwnerKey}",
        _ => $"{targetAlias}.id",
    };

    /// <summary>The condition that ties target rows to the owner row aliased <paramref name="ownerAlias"/>.</summary>
    public static string Correlation(RelationDefinition relation, string ownerAlias, string targetAlias) => relation.Kind switch
    {
        RelationKind.ToOne => $"{targetAlias}.id = {ownerAlias}.{relation.ForeignKey}",
        _ => $"{OwnerKey(relation, targetAlias)} = {ownerAlias}.id",
    };
}

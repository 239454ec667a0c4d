using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying;

/// <summary>
/// The catalog's tables, columns and relations as SQL fragments over a table alias. Everything the
/// query path reads of the catalog's SQL side goes through here, so it is trusted text by
/// construction: names the catalog declares, never a value a client sent.
/// </summary>
internal static class CatalogSql
{
    /// <summary>The entity's table under <paramref name="alias"/>: <c>district t0</c>.</summary>
    public static SqlFragment Table(EntityDefinition entity, string alias) => SqlFragment.Trusted($"{entity.Table} {alias}");

    /// <summary>The row's key: <c>t0.id</c>.</summary>
    public static SqlFragment Key(string alias) => SqlFragment.Trusted($"{alias}.id");

    /// <summary>The column with the entity's outline (<see cref="EntityDefinition.Outline"/>).</summary>
    public static SqlFragment Outline(EntityDefinition entity, string alias) =>
        SqlFragment.Trusted($"{alias}.{entity.Outline ?? throw new InvalidOperationException($"{entity.Name} has no outline.")}");

    /// <summary>A column of the row (the German text of a localised one).</summary>
    public static SqlFragment Column(ColumnDefinition column, string alias) => SqlFragment.Trusted(column.SqlFor(alias));

    /// <summary>The English text of a localised column.</summary>
    public static SqlFragment EnglishColumn(ColumnDefinition column, string alias) => SqlFragment.Trusted(column.EnglishSqlFor(alias));

    /// <summary>A lookup's column expression (as in <see cref="ColumnDefinition.Sql"/>).</summary>
    public static SqlFragment LookupColumn(string sql, string alias) => SqlFragment.Trusted(ColumnDefinition.Qualify(sql, alias));

    /// <summary>A totals overlap rule's aggregate condition over the rows aliased <paramref name="alias"/>.</summary>
    public static SqlFragment OverlapCondition(OverlapRule rule, string alias) => SqlFragment.Trusted(ColumnDefinition.Qualify(rule.MixedSql, alias));

    /// <summary>A to-one relation's foreign key on the row: <c>t0.district_id</c>.</summary>
    public static SqlFragment ForeignKey(RelationDefinition relation, string alias) => SqlFragment.Trusted($"{alias}.{relation.ForeignKey}");

    /// <summary>The FROM item of a relation's target (with the link table for many-to-many), target rows aliased <paramref name="targetAlias"/>.</summary>
    public static SqlFragment From(RelationDefinition relation, string targetAlias)
    {
        var target = OpenDataCatalog.Get(relation.Target);
        return relation.Kind == RelationKind.ManyToMany
            ? SqlFragment.Trusted($"{relation.LinkTable} {targetAlias}_l join {target.Table} {targetAlias} on {targetAlias}.id = {targetAlias}_l.{relation.LinkTargetKey}")
            : Table(target, targetAlias);
    }

    /// <summary>The owner's key as seen from the target rows (to group or match them per owner).</summary>
    public static SqlFragment OwnerKey(RelationDefinition relation, string targetAlias) => SqlFragment.Trusted(relation.Kind switch
    {
        RelationKind.ToMany => $"{targetAlias}.{relation.ForeignKey}",
        RelationKind.ManyToMany => $"{targetAlias}_l.{relation.LinkOwnerKey}",
        _ => $"{targetAlias}.id",
    });

    /// <summary>The condition that ties a relation's target rows to the owner row aliased <paramref name="ownerAlias"/>.</summary>
    public static SqlFragment Correlation(RelationDefinition relation, string ownerAlias, string targetAlias) => relation.Kind == RelationKind.ToOne
        ? SqlFragment.Of($"{Key(targetAlias)} = {ForeignKey(relation, ownerAlias)}")
        : SqlFragment.Of($"{OwnerKey(relation, targetAlias)} = {Key(ownerAlias)}");

    /// <summary>A value list's link table under <paramref name="alias"/>.</summary>
    public static SqlFragment ValueListTable(ValueListDefinition list, string alias) => SqlFragment.Trusted($"{list.Table} {alias}");

    /// <summary>A value list's column pointing at the owner.</summary>
    public static SqlFragment ValueListOwner(ValueListDefinition list, string alias) => SqlFragment.Trusted($"{alias}.{list.OwnerKey}");

    /// <summary>A value list's value column.</summary>
    public static SqlFragment ValueListValue(ValueListDefinition list, string alias) => SqlFragment.Trusted($"{alias}.{list.ValueColumn}");

    /// <summary>
    /// <c>key = $n</c> for one key, <c>key = any($n)</c> for several. PostgreSQL plans a prepared
    /// statement with an array parameter anew on every execution (it never settles on the generic plan,
    /// because only the custom plan knows the array's length), so the common single-key lookup gets a
    /// scalar parameter and is planned once per connection.
    /// </summary>
    public static SqlFragment KeyMatch(SqlFragment key, IReadOnlyCollection<long> keys) => keys.Count == 1
        ? SqlFragment.Of($"{key} = {keys.First()}")
        : SqlFragment.Of($"{key} = any({keys.ToArray()})");
}

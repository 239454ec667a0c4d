using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying.Paging;

/// <summary>
/// The WHERE condition "comes after this cursor" for a list of sort keys, written out so it
/// respects PostgreSQL's null ordering (ASC: nulls last, DESC: nulls first):
/// <c>k1 after v1 OR (k1 = v1 AND k2 after v2) OR …</c>, the last key being the unique ID.
/// "Before" is "after" in the reversed order. Each cursor value is one parameter, however often it is named.
/// </summary>
internal static class KeysetPredicate
{
    public static SqlFragment After(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values) => Write(keys, values, reversed: false);

    public static SqlFragment Before(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values) => Write(keys, values, reversed: true);

    private static SqlFragment Write(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, bool reversed)
    {
        var parameters = values.Select(static v => v is null ? null : new SqlValue(v)).ToArray();
        var alternatives = new List<SqlFragment>();
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reversed;
            if (StrictlyAfter(keys[i].Sql, parameters[i], descending, keys[i].CanBeNull) is not { } strictlyAfter)
            {
                continue;
            }

            var equalities = Enumerable.Range(0, i).Select(j => EqualTo(keys[j].Sql, parameters[j]));
            alternatives.Add(SqlFragment.Of($"({SqlFragment.Join(" and ", equalities.Append(strictlyAfter))})"));
        }

        return alternatives.Count == 0 ? SqlFragment.False : SqlFragment.Of($"({SqlFragment.Join(" or ", alternatives)})");
    }

    /// <summary>The key comes strictly after the value; null when nothing can (ascending after an empty value).</summary>
    private static SqlFragment? StrictlyAfter(SqlFragment key, SqlValue? value, bool descending, bool canBeNull) => (value, descending) switch
    {
        (null, false) => null,
        (null, true) => SqlFragment.Of($"{key} is not null"),
        (_, false) when !canBeNull => SqlFragment.Of($"{key} > {value!}"),
        (_, false) => SqlFragment.Of($"({key} > {value!} or {key} is null)"),
        (_, true) => SqlFragment.Of($"{key} < {value!}"),
    };

    private static SqlFragment EqualTo(SqlFragment key, SqlValue? value) => value is null ? SqlFragment.Of($"{key} is null") : SqlFragment.Of($"{key} = {value}");
}

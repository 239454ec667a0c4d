using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying.Paging;

/// <summary>
/// The WHERE condition "comes after this cursor" for a list of sort keys, written out so it
/// respects PostgreSQL's null ordering (ASC: nulls last, DESC: nulls first):
/// <c>k1 after v1 OR (k1 = v1 AND k2 after v2) OR …</c>, the last key being the unique ID.
/// "Before" is "after" in the reversed order.
/// </summary>
internal static class KeysetPredicate
{
    public static string After(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, SqlBuilder sql) => Write(keys, values, sql, reversed: false);

    public static string Before(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, SqlBuilder sql) => Write(keys, values, sql, reversed: true);

    private static string Write(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values, SqlBuilder sql, bool reversed)
    {
        var placeholders = values.Select(v => v is null ? null : sql.Parameter(v)).ToArray();
        var alternatives = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reversed;
            var strictlyAfter = StrictlyAfter(keys[i].Sql, placeholders[i], descending, keys[i].CanBeNull);
            if (strictlyAfter == "false")
            {
                continue;
            }

            var equalities = Enumerable.Range(0, i).Select(j => EqualTo(keys[j].Sql, placeholders[j]));
            alternatives.Add($"({string.Join(" and ", equalities.Append(strictlyAfter))})");
        }

        return alternatives.Count == 0 ? "false" : $"({string.Join(" or ", alternatives)})";
    }

    private static string StrictlyAfter(string key, string? value, bool descending, bool canBeNull) => (value, descending) switch
    {
        (null, false) => "false",
        (null, true) => $"{key} is not null",
        (_, false) when !canBeNull => $"{key} > {value}",
        (_, false) => $"({key} > {value} or {key} is null)",
        (_, true) => $"{key} < {value}",
    };

    private static string EqualTo(string key, string? value) => value is null ? $"{key} is null" : $"{key} = {value}";
}

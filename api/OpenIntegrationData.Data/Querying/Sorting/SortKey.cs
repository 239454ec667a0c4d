using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying.Sorting;

/// <summary>One ORDER BY key: its SQL, the kind of its values (for cursors) and its direction.</summary>
/// <param name="Sql">SQL expression over the row alias.</param>
/// <param name="Kind">Kind of the values, to read them back from a cursor.</param>
/// <param name="Descending">DESC (nulls first) instead of ASC (nulls last), PostgreSQL's defaults.</param>
/// <param name="CanBeNull">
/// False when the expression is never null (the row's own key), so a keyset condition can be a plain
/// range that PostgreSQL answers from the index instead of <c>(k &gt; v or k is null)</c>, which it cannot.
/// </param>
internal sealed record SortKey(SqlFragment Sql, ValueKind Kind, bool Descending, bool CanBeNull = true);

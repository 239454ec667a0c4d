using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Querying.Sorting;

/// <summary>One ORDER BY key: its SQL, the kind of its values (for cursors) and its direction.</summary>
/// <param name="Sql">SQL expression over the row alias.</param>
/// <param name="Kind">Kind of the values, to read them back from a cursor.</param>
/// <param name="Descending">DESC (nulls first) instead of ASC (nulls last), PostgreSQL's defaults.</param>
internal sealed record SortKey(string Sql, ValueKind Kind, bool Descending);

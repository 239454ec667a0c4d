using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Export;

/// <summary>
/// The rows of one root connection's <c>nodes</c> as a table: one column per selected leaf field in selection order,
/// nested objects flattened to <c>parent.child</c> columns, lists kept as their JSON text in one cell.
/// </summary>
internal sealed class ConnectionTable
{
    private ConnectionTable(string rootField, IReadOnlyList<string> columns, IReadOnlyList<ResultMap> rows)
    {
        RootField = rootField;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The response name of the root connection (the download's file name).</summary>
    public string RootField { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<ResultMap> Rows { get; }

    /// <summary>The table of an executed result selecting exactly one root field with <c>nodes</c>; otherwise why not.</summary>
    public static ConnectionTable? From(ExecutionResult result, out string? problem)
    {
        problem = "A CSV download needs an operation that selects exactly one root connection and its `nodes`, e.g. `{ districts { nodes { name number } } }`.";
        if (result.Data is not ResultMap data || data.Count != 1 || data.ValueAt(0) is not ResultMap connection
            || !connection.TryGetValue("nodes", out var nodes) || nodes is not IEnumerable<object?> items)
        {
            return null;
        }

        var rows = items.OfType<ResultMap>().ToList();
        problem = null;
        return new ConnectionTable(data.NameAt(0), CollectColumns(rows), rows);
    }

    /// <summary>The value of a flattened column in one row (null when a parent object is null).</summary>
    public static object? ValueOf(ResultMap row, string column)
    {
        object? current = row;
        foreach (var part in column.Split('.'))
        {
            if (current is not ResultMap map || !map.TryGetValue(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>Leaf paths in first-seen order over all rows, so an object that is null in the first row still gets its columns.</summary>
    private static List<string> CollectColumns(List<ResultMap> rows)
    {
        var leaves = new List<string>();
        var objects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            Collect(row, prefix: string.Empty, leaves, objects);
        }

        // A field that was null in some rows and an object in others is an object: its children are the columns.
        return leaves.Where(column => !objects.Contains(column)).ToList();
    }

    private static void Collect(ResultMap map, string prefix, List<string> leaves, HashSet<string> objects)
    {
        for (var index = 0; index < map.Count; index++)
        {
            var path = prefix + map.NameAt(index);
            if (map.ValueAt(index) is ResultMap child)
            {
                objects.Add(path);
                Collect(child, path + ".", leaves, objects);
            }
            else if (!leaves.Contains(path))
            {
                leaves.Add(path);
            }
        }
    }
}

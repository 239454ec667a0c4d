using NodaTime;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Schema;

namespace OpenIntegrationData.Data.Querying.Filtering;

/// <summary>
/// The scalar operations (docs/conventions.md#filtering): <c>eq</c>/<c>neq</c> accept null (IS NULL / IS
/// NOT NULL); the negated operations also match empty values, as the C# expressions HotChocolate
/// builds do; string matching is case-sensitive and never uses LIKE, so <c>%</c> and <c>_</c> are plain characters.
/// </summary>
internal sealed partial class FilterCompiler
{
    private string CompileOperations(IReadOnlyDictionary<string, object?> operations, string expression, ValueKind kind, string filterType)
    {
        var parts = new List<string>();
        foreach (var (operation, value) in operations)
        {
            if (Error is not null)
            {
                break;
            }

            parts.Add(operation switch
            {
                "and" when value is not null => And(Objects(value).Select(o => CompileOperations(o, expression, kind, filterType))),
                "or" when value is not null => Or(Objects(value).Select(o => CompileOperations(o, expression, kind, filterType))),
                "and" or "or" => "true",
                _ => CompileOperation(operation, expression, kind, value, filterType),
            });
        }

        return And(parts);
    }

    private string CompileOperation(string operation, string expression, ValueKind kind, object? value, string filterType)
    {
        if (value is null)
        {
            switch (operation)
            {
                case "eq":
                    return $"{expression} is null";
                case "neq":
                    return $"{expression} is not null";
                default:
                    Error = GraphErrors.NullFilterValue(operation, filterType, ExpectedType(operation, filterType));
                    return "false";
            }
        }

        if (value is IReadOnlyList<object?> list)
        {
            var matches = InList(expression, kind, list);
            return operation == "in" ? matches : $"not {matches}";
        }

        var p = _sql.Parameter(value);
        return operation switch
        {
            "eq" => $"{expression} = {p}",
            "neq" => $"{expression} is distinct from {p}",
            "contains" => $"strpos({expression}, {p}) > 0",
            "ncontains" => $"not coalesce(strpos({expression}, {p}) > 0, false)",
            "startsWith" => $"starts_with({expression}, {p})",
            "nstartsWith" => $"not coalesce(starts_with({expression}, {p}), false)",
            "endsWith" => $"right({expression}, char_length({p})) = {p}",
            "nendsWith" => $"not coalesce(right({expression}, char_length({p})) = {p}, false)",
            "gt" => $"{expression} > {p}",
            "ngt" => $"not coalesce({expression} > {p}, false)",
            "gte" => $"{expression} >= {p}",
            "ngte" => $"not coalesce({expression} >= {p}, false)",
            "lt" => $"{expression} < {p}",
            "nlt" => $"not coalesce({expression} < {p}, false)",
            "lte" => $"{expression} <= {p}",
            "nlte" => $"not coalesce({expression} <= {p}, false)",
            _ => throw new InvalidOperationException($"Unknown filter operation {operation}."),
        };
    }

    /// <summary>Membership in a list; a null item matches empty values. Always true or false, never unknown.</summary>
    private string InList(string expression, ValueKind kind, IReadOnlyList<object?> items)
    {
        var values = items.Where(static v => v is not null).ToList();
        var parts = new List<string>();
        if (values.Count > 0)
        {
            parts.Add($"coalesce({expression} = any({_sql.Parameter(TypedArray(kind, values!))}), false)");
        }

        if (values.Count < items.Count)
        {
            parts.Add($"{expression} is null");
        }

        return parts.Count == 0 ? "false" : $"({string.Join(" or ", parts)})";
    }

    private static object TypedArray(ValueKind kind, List<object?> values) => kind switch
    {
        ValueKind.Int => values.Select(static v => (int)v!).ToArray(),
        ValueKind.Long => values.Select(static v => (long)v!).ToArray(),
        ValueKind.Decimal => values.Select(static v => (decimal)v!).ToArray(),
        ValueKind.LocalDate => values.Select(static v => ((LocalDate)v!).ToDateOnly()).ToArray(),
        ValueKind.Boolean => values.Select(static v => (bool)v!).ToArray(),
        _ => values.Select(static v => (string)v!).ToArray(),
    };

    /// <summary>The type HotChocolate names in HC0026: the operation's scalar, non-null.</summary>
    private static string ExpectedType(string operation, string filterType)
    {
        var scalar = filterType == GraphTypeNames.IdFilter ? "ID" : filterType[..^"OperationFilterInput".Length];
        return operation is "in" or "nin" ? $"[{scalar}]!" : $"{scalar}!";
    }
}

using NodaTime;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Schema;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Querying.Filtering;

/// <summary>
/// The scalar operations (docs/conventions.md#filtering): <c>eq</c>/<c>neq</c> accept null (IS NULL / IS
/// NOT NULL); the negated operations also match empty values, as the C# expressions HotChocolate
/// builds do; string matching is case-sensitive and never uses LIKE, so <c>%</c> and <c>_</c> are plain characters,
/// except <c>icontains</c> and <c>istartsWith</c>, our additions, which ignore case.
/// </summary>
internal sealed partial class FilterCompiler
{
    private static CompileResult<SqlFragment> CompileOperations(IReadOnlyDictionary<string, object?> operations, SqlFragment expression, ValueKind kind, string filterType)
    {
        var parts = new List<SqlFragment>();
        foreach (var (operation, value) in operations)
        {
            var part = operation switch
            {
                "and" when value is not null => CompileResult.All(Objects(value).Select(o => CompileOperations(o, expression, kind, filterType)), SqlFragment.And),
                "or" when value is not null => CompileResult.All(Objects(value).Select(o => CompileOperations(o, expression, kind, filterType)), SqlFragment.Or),
                "and" or "or" => SqlFragment.True,
                _ => CompileOperation(operation, expression, kind, value, filterType),
            };
            if (!part.Succeeded)
            {
                return part;
            }

            parts.Add(part.Value);
        }

        return SqlFragment.And(parts);
    }

    private static CompileResult<SqlFragment> CompileOperation(string operation, SqlFragment expression, ValueKind kind, object? value, string filterType)
    {
        if (value is null)
        {
            return operation switch
            {
                "eq" => SqlFragment.Of($"{expression} is null"),
                "neq" => SqlFragment.Of($"{expression} is not null"),
                _ => GraphErrors.NullFilterValue(operation, filterType, ExpectedType(operation, filterType)),
            };
        }

        if (value is IReadOnlyList<object?> list)
        {
            var matches = InList(expression, kind, list);
            return operation == "in" ? matches : SqlFragment.Of($"not {matches}");
        }

        // One parameter, however often the operation names the value.
        var p = new SqlValue(value);
        return operation switch
        {
            "eq" => SqlFragment.Of($"{expression} = {p}"),
            "neq" => SqlFragment.Of($"{expression} is distinct from {p}"),
            "contains" => SqlFragment.Of($"strpos({expression}, {p}) > 0"),
            "ncontains" => SqlFragment.Of($"not coalesce(strpos({expression}, {p}) > 0, false)"),
            "icontains" => SqlFragment.Of($"strpos({Folded(expression)}, {Folded(p)}) > 0"),
            "startsWith" => SqlFragment.Of($"starts_with({expression}, {p})"),
            "istartsWith" => SqlFragment.Of($"starts_with({Folded(expression)}, {Folded(p)})"),
            "nstartsWith" => SqlFragment.Of($"not coalesce(starts_with({expression}, {p}), false)"),
            "endsWith" => SqlFragment.Of($"right({expression}, char_length({p})) = {p}"),
            "nendsWith" => SqlFragment.Of($"not coalesce(right({expression}, char_length({p})) = {p}, false)"),
            "gt" => SqlFragment.Of($"{expression} > {p}"),
            "ngt" => SqlFragment.Of($"not coalesce({expression} > {p}, false)"),
            "gte" => SqlFragment.Of($"{expression} >= {p}"),
            "ngte" => SqlFragment.Of($"not coalesce({expression} >= {p}, false)"),
            "lt" => SqlFragment.Of($"{expression} < {p}"),
            "nlt" => SqlFragment.Of($"not coalesce({expression} < {p}, false)"),
            "lte" => SqlFragment.Of($"{expression} <= {p}"),
            "nlte" => SqlFragment.Of($"not coalesce({expression} <= {p}, false)"),
            _ => throw new InvalidOperationException($"Unknown filter operation {operation}."),
        };
    }

    /// <summary>
    /// A text in lower case by Unicode's rules (ICU's root collation; the database's own "C" locale would fold only
    /// ASCII), so "KÖLN", "Köln" and "köln" compare alike in <c>icontains</c> and <c>istartsWith</c>.
    /// </summary>
    private static SqlFragment Folded(SqlFragment text) => SqlFragment.Of($"lower({text} collate \"und-x-icu\")");

    private static SqlFragment Folded(SqlValue text) => SqlFragment.Of($"lower({text}::text collate \"und-x-icu\")");

    /// <summary>Membership in a list; a null item matches empty values. Always true or false, never unknown.</summary>
    private static SqlFragment InList(SqlFragment expression, ValueKind kind, IReadOnlyList<object?> items)
    {
        var values = items.Where(static v => v is not null).ToList();
        var parts = new List<SqlFragment>();
        if (values.Count > 0)
        {
            parts.Add(SqlFragment.Of($"coalesce({expression} = any({TypedArray(kind, values)}), false)"));
        }

        if (values.Count < items.Count)
        {
            parts.Add(SqlFragment.Of($"{expression} is null"));
        }

        return parts.Count switch
        {
            0 => SqlFragment.False,
            _ => SqlFragment.Of($"({SqlFragment.Join(" or ", parts)})"),
        };
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

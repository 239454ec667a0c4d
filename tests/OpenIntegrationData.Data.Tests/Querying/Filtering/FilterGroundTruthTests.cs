using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Querying.Filtering;

/// <summary>
/// Ground truth for filters, generated from the catalog: for every filterable column of every
/// entity and every operation of its filter input, the API's totalCount and first page equal
/// what a C# oracle with HotChocolate's semantics computes from the rows read by plain SQL.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class FilterGroundTruthTests(SeededGraphFixture fixture)
{
    private readonly GraphClient _client = new(fixture);
    private readonly DirectSql _sql = new(fixture.Database.DataSource);

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var entity in OpenDataCatalog.Entities)
        {
            foreach (var column in entity.Columns.Where(static c => c.Filterable))
            {
                data.Add(entity.Name, column.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public async Task Filter_EveryOperationOnColumn_MatchesOracle(string entityName, string columnName)
    {
        var entity = OpenDataCatalog.Get(entityName);
        var column = entity.FindColumn(columnName)!;
        var kind = column.Kind == ValueKind.LocalizedText ? ValueKind.String : column.Kind;
        var rows = await _sql.ValuesAsync($"select t0.id, {column.SqlFor("t0")} from {entity.Table} t0", kind);
        var probes = rows.Where(static r => r.Value is not null).Select(static r => r.Value!).Distinct().OrderBy(static v => v.ToString(), StringComparer.Ordinal).ToList();
        if (probes.Count == 0)
        {
            probes.Add(kind switch { ValueKind.Int => 0, ValueKind.Decimal => 0m, ValueKind.Boolean => true, ValueKind.LocalDate => new LocalDate(2000, 1, 1), _ => "x" });
        }

        var probe = probes[probes.Count / 2];
        var other = probes[0];
        foreach (var (operation, literal, predicate) in Cases(kind, probe, other, column.EnumName is not null))
        {
            var field = column.Kind == ValueKind.LocalizedText ? $"{column.Name}: {{ de: {{ {operation}: {literal} }} }}" : $"{column.Name}: {{ {operation}: {literal} }}";
            var expected = rows.Where(r => predicate(r.Value)).Select(static r => r.Key).Order().ToList();
            var data = await _client.DataAsync($"{{ {entity.ConnectionField}(first: 50, where: {{ {field} }}) {{ totalCount nodes {{ id }} }} }}");
            var connection = data[entity.ConnectionField]!;

            Assert.True(expected.Count == connection["totalCount"]!.GetValue<int>(), $"{entity.Name} where {field}: count");
            Assert.Equal(
                expected.Take(50).Select(k => GlobalId.Format(entity.Name, k)),
                connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        }
    }

    /// <summary>Each operation with its literal and the oracle: HotChocolate's (C#) semantics, where null is not equal to a value.</summary>
    private static IEnumerable<(string Operation, string Literal, Func<object?, bool> Predicate)> Cases(ValueKind kind, object probe, object other, bool isEnum)
    {
        var literal = Literal(probe, kind, isEnum);
        var otherLiteral = Literal(other, kind, isEnum);
        yield return ("eq", literal, v => Equals(v, probe));
        yield return ("neq", literal, v => !Equals(v, probe));
        yield return ("eq", "null", static v => v is null);
        yield return ("neq", "null", static v => v is not null);
        if (kind == ValueKind.Boolean)
        {
            yield break;
        }

        yield return ("in", $"[{literal}, {otherLiteral}]", v => Equals(v, probe) || Equals(v, other));
        yield return ("nin", $"[{literal}, {otherLiteral}]", v => !Equals(v, probe) && !Equals(v, other));
        if (!isEnum)
        {
            yield return ("in", $"[{literal}, null]", v => v is null || Equals(v, probe));
            yield return ("nin", $"[{literal}, null]", v => v is not null && !Equals(v, probe));
        }

        if (kind == ValueKind.String && !isEnum)
        {
            var text = (string)probe;
            var middle = text.Length > 2 ? text[1..^1] : text;
            var head = text[..Math.Min(3, text.Length)];
            var tail = text[Math.Max(0, text.Length - 3)..];
            yield return ("contains", Json(middle), v => v is string s && s.Contains(middle, StringComparison.Ordinal));
            yield return ("ncontains", Json(middle), v => !(v is string s && s.Contains(middle, StringComparison.Ordinal)));
            yield return ("startsWith", Json(head), v => v is string s && s.StartsWith(head, StringComparison.Ordinal));
            yield return ("icontains", Json(middle.ToUpperInvariant()), v => v is string s && s.ToLowerInvariant().Contains(middle.ToLowerInvariant(), StringComparison.Ordinal));
            yield return ("istartsWith", Json(head.ToUpperInvariant()), v => v is string s && s.ToLowerInvariant().StartsWith(head.ToLowerInvariant(), StringComparison.Ordinal));
            yield return ("nstartsWith", Json(head), v => !(v is string s && s.StartsWith(head, StringComparison.Ordinal)));
            yield return ("endsWith", Json(tail), v => v is string s && s.EndsWith(tail, StringComparison.Ordinal));
            yield return ("nendsWith", Json(tail), v => !(v is string s && s.EndsWith(tail, StringComparison.Ordinal)));
            yield return ("contains", Json("%"), static v => v is string s && s.Contains('%', StringComparison.Ordinal));
        }

        if (kind is ValueKind.Int or ValueKind.Decimal or ValueKind.LocalDate)
        {
            yield return ("gt", literal, v => v is not null && Compare(v, probe) > 0);
            yield return ("ngt", literal, v => !(v is not null && Compare(v, probe) > 0));
            yield return ("gte", literal, v => v is not null && Compare(v, probe) >= 0);
            yield return ("ngte", literal, v => !(v is not null && Compare(v, probe) >= 0));
            yield return ("lt", literal, v => v is not null && Compare(v, probe) < 0);
            yield return ("nlt", literal, v => !(v is not null && Compare(v, probe) < 0));
            yield return ("lte", literal, v => v is not null && Compare(v, probe) <= 0);
            yield return ("nlte", literal, v => !(v is not null && Compare(v, probe) <= 0));
        }
    }

    private static int Compare(object a, object b) => ((IComparable)a).CompareTo(b);

    private static string Literal(object value, ValueKind kind, bool isEnum) => value switch
    {
        string text when isEnum => text.ToUpperInvariant(),
        string text => Json(text),
        bool flag => flag ? "true" : "false",
        LocalDate date => Json(LocalDatePattern.Iso.Format(date)),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no literal for {kind}"),
    };

    private static string Json(string text) => JsonSerializer.Serialize(text);
}

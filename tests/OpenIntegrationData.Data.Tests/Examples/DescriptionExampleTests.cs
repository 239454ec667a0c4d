using System.Text.Json.Nodes;
using OpenIntegrationData.Data.Tests.Support;
using OpenIntegrationData.GraphQL.Types;
using Xunit.Abstractions;

namespace OpenIntegrationData.Data.Tests.Examples;

/// <summary>
/// Every example a description of the served schema gives ("e.g. …") is true: a quoted value of a field exists in
/// the seed data, a quoted argument finds something, code in backticks is valid input, and prose examples are
/// checked by the operations listed here. A new example that none of these covers fails the test until it is.
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class DescriptionExampleTests(SeededGraphFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Examples a field filter cannot check by itself — prose, or a value that is only true together with its place —
    /// keyed by the clause as written. Each operation must answer without errors, nulls, zero counts or empty lists.
    /// </summary>
    private static readonly Dictionary<string, string> ProofByClause = new(StringComparer.Ordinal)
    {
        ["Düsseldorf's Stadtbezirk 3 or Köln's Innenstadt"] =
            """{ d: districts(where: { name: { eq: "Stadtbezirk 3" }, municipality: { name: { eq: "Düsseldorf" } } }) { totalCount } k: districts(where: { name: { eq: "Innenstadt" }, municipality: { name: { eq: "Köln" } } }) { totalCount } }""",
        ["\"3\" in Düsseldorf or \"1\" in Köln"] =
            """{ d: districts(where: { number: { eq: "3" }, municipality: { name: { eq: "Düsseldorf" } } }) { totalCount } k: districts(where: { number: { eq: "1" }, municipality: { name: { eq: "Köln" } } }) { totalCount } }""",
        ["\"022\" in Düsseldorf"] =
            """{ subDistricts(where: { number: { eq: "022" }, municipality: { name: { eq: "Düsseldorf" } } }) { totalCount } }""",
        ["Flingern-Süd in Düsseldorf's Stadtbezirk 2"] =
            """{ subDistricts(where: { name: { eq: "Flingern-Süd" }, district: { name: { eq: "Stadtbezirk 2" } }, municipality: { name: { eq: "Düsseldorf" } } }) { totalCount } }""",
        ["Düsseldorf, identified by its official municipality key (Amtlicher Gemeindeschlüssel, AGS)"] =
            """{ municipalities(where: { name: { eq: "Düsseldorf" }, key: { eq: "05111000" } }) { totalCount } }""",
        ["\"05111000\" for Düsseldorf"] =
            """{ municipalities(where: { name: { eq: "Düsseldorf" }, key: { eq: "05111000" } }) { totalCount } }""",
        ["\"997\" for stateless residents"] =
            """{ nationalityGroups(where: { destatisCode: { eq: "997" }, name: { de: { eq: "staatenlos" } } }) { totalCount } }""",
        ["\"Europäische Union\", \"Afrika\" or all foreign nationals"] =
            """{ eu: nationalityGroups(where: { name: { de: { eq: "Europäische Union" } } }) { totalCount } af: nationalityGroups(where: { name: { de: { eq: "Afrika" } } }) { totalCount } all: nationalityGroups(where: { kind: { eq: ALL_FOREIGN } }) { totalCount } }""",
        ["the EU or \"Afrika\""] =
            """{ eu: nationalityGroups(where: { kind: { eq: UNION }, name: { en: { eq: "European Union" } } }) { totalCount } af: nationalityGroups(where: { name: { de: { eq: "Afrika" } } }) { totalCount } }""",
        ["\"Europäische Union\""] =
            """{ nationalityGroups(where: { name: { de: { eq: "Europäische Union" } } }) { totalCount } }""",
        ["the group \"Türkei\" of a city's statistics"] =
            """{ nationalities(where: { alpha2: { eq: "TR" } }) { nodes { nationalityGroups(where: { name: { de: { eq: "Türkei" } } }) { totalCount } } } }""",
        ["the European Union"] =
            """{ nationalityGroups(where: { kind: { eq: UNION }, name: { en: { eq: "European Union" } } }) { totalCount } }""",
        ["Afrika"] =
            """{ nationalityGroups(where: { kind: { eq: CONTINENT }, name: { de: { eq: "Afrika" } } }) { totalCount } }""",
        ["\"Türkei\""] =
            """{ nationalityGroups(where: { kind: { eq: SINGLE_COUNTRY }, name: { de: { eq: "Türkei" } } }) { totalCount } }""",
        ["\"Übriges Europa\" (rest of Europe)"] =
            """{ nationalityGroups(where: { kind: { eq: RESIDUAL }, name: { de: { eq: "Übriges Europa" } } }) { totalCount } }""",
        ["\"staatenlos\" (stateless) or \"ungeklärt\" (unknown)"] =
            """{ s: nationalityGroups(where: { kind: { eq: STATISTICAL_CODE }, name: { de: { eq: "staatenlos" } } }) { totalCount } u: nationalityGroups(where: { kind: { eq: STATISTICAL_CODE }, name: { de: { eq: "ungeklärt" } } }) { totalCount } }""",
        ["an integration concept"] =
            """{ programmes(where: { category: { eq: STRATEGY }, name: { en: { contains: "Integration concept" } } }) { totalCount } }""",
        ["ISO 3166"] =
            """{ sources(where: { kind: { eq: CODE_LIST }, title: { contains: "ISO 3166" } }) { totalCount } }""",
        ["the UN indicator list"] =
            """{ sources(where: { kind: { eq: REFERENCE_LIST }, title: { contains: "SDG Indicators" } }) { totalCount } }""",
        ["Fairtrade Town"] =
            """{ memberships(where: { role: { eq: CERTIFIED }, network: { key: { eq: "fairtrade-towns" } } }) { totalCount } }""",
        ["Eurocities, the Integrating Cities Charter or Fairtrade Towns"] =
            """{ a: networks(where: { key: { eq: "eurocities" } }) { totalCount } b: networks(where: { key: { eq: "integrating-cities-charter" } }) { totalCount } c: networks(where: { key: { eq: "fairtrade-towns" } }) { totalCount } }""",
        ["10.7.2"] =
            """{ sdgIndicators(where: { kind: { eq: GLOBAL }, code: { eq: "10.7.2" } }) { totalCount } }""",
        ["child poverty"] =
            """{ sdgIndicators(where: { kind: { eq: MUNICIPAL }, title: { de: { eq: "Kinderarmut" } } }) { totalCount } }""",
        ["population density"] =
            """{ sdgIndicators(where: { kind: { eq: CONTEXT }, title: { de: { eq: "Einwohnerdichte" } } }) { totalCount } }""",
        ["the social indicators of Hamburg's Stadtteil profiles"] =
            """{ sdgIndicators(where: { kind: { eq: CONTEXT }, code: { startsWith: "statistik-nord:stadtteilprofile/" }, source: { publisher: { contains: "Statistikamt Nord" } } }) { totalCount } }""",
        ["1.5.1, 11.5.1, 13.1.1"] =
            """{ a: sdgIndicators(where: { code: { eq: "1.5.1" }, isRepeat: { eq: true } }) { totalCount } b: sdgIndicators(where: { code: { eq: "11.5.1" }, isRepeat: { eq: true } }) { totalCount } c: sdgIndicators(where: { code: { eq: "13.1.1" }, isRepeat: { eq: true } }) { totalCount } }""",
        ["goal 10 \"Reduced inequalities\""] =
            """{ sdgGoals(where: { number: { eq: 10 }, shortTitle: { en: { eq: "Reduced inequalities" } } }) { totalCount } }""",
        ["10.7 \"Facilitate orderly, safe, regular and responsible migration\""] =
            """{ sdgTargets(where: { code: { eq: "10.7" }, title: { en: { startsWith: "Facilitate orderly, safe, regular and responsible migration" } } }) { totalCount } }""",
        // Grouping alone does not make figures disjoint (totals refuse overlapping ones): the proof narrows the filter.
        ["`[YEAR, MUNICIPALITY]`"] =
            """{ populationTotals(where: { measure: { key: { eq: "residents" } }, period: { eq: YEAR }, areaLevel: { eq: MUNICIPALITY }, nationality: { id: { eq: null } }, nationalityGroup: { id: { eq: null } }, migrationCategory: { eq: ALL }, sex: { eq: null }, ageGroup: { eq: null } }, groupBy: [YEAR, MUNICIPALITY]) { count } }""",
        ["`node { ... on Municipality { key name } }`"] =
            """{ search(text: "Köln", first: 1) { node { ... on Municipality { key name } } } }""",
        ["`SdgIndicator` or `Programme`"] =
            """{ a: search(text: "Kinderarmut", first: 1) { nodeType } b: search(text: "WelcomePoint", first: 1) { nodeType } }""",
        ["`name` or `title`"] =
            """{ a: search(text: "Köln", first: 1) { matchedField } b: search(text: "Kinderarmut", first: 1) { matchedField } }""",
        ["the spatial reference the statistics office used"] =
            """{ indicatorObservations(where: { note: { contains: "spatial reference" } }) { totalCount } }""",
    };

    private readonly GraphClient _client = new(fixture);

    [Fact]
    public async Task DescriptionExamples_EveryOne_IsTrueOfTheSeedDataOrValidInput()
    {
        var examples = DescriptionExample.CollectFrom(fixture.Schema);
        var unproven = new List<string>();
        var checkedValues = 0;
        // A description repeated on a type that cannot be filtered (a totals key) is proven where it can be.
        var proofsByClause = examples.Select(e => (e.Clause, Proofs: ProofsOf(e))).Where(static p => p.Proofs is not null)
            .DistinctBy(static p => p.Clause).ToDictionary(static p => p.Clause, static p => p.Proofs!);
        foreach (var example in examples)
        {
            var proofs = ProofsOf(example) ?? proofsByClause.GetValueOrDefault(example.Clause);
            if (proofs is null)
            {
                unproven.Add($"{example.Coordinate}: e.g. {example.Clause} — no check; add one to {nameof(ProofByClause)}");
                continue;
            }

            foreach (var proof in proofs)
            {
                var response = await _client.ExecuteAsync(proof);
                var failure = response.Errors is not null ? response.Errors.ToJsonString() : Disproves(response.Data);
                if (failure is not null)
                {
                    unproven.Add($"{example.Coordinate}: e.g. {example.Clause} — {proof} → {failure}");
                }
            }

            checkedValues += Math.Max(1, example.Values.Count + example.Code.Count);
        }

        output.WriteLine($"{examples.Count} clauses, {checkedValues} example values checked");
        Assert.True(unproven.Count == 0, string.Join("\n", unproven));
        Assert.True(examples.Count > 100, $"only {examples.Count} examples found; is the collector still reading the schema?");
    }

    [Theory]
    [InlineData("Stable short name, e.g. \"eu\".", "eu", "")]
    [InlineData("Unit, e.g. \"%\" or \"je 1.000 Einwohner\" (per 1,000 residents).", "%|je 1.000 Einwohner", "")]
    [InlineData("Licence (e.g. \"dl-de/by-2-0\", \"CC-BY-4.0\"); empty", "dl-de/by-2-0|CC-BY-4.0", "")]
    [InlineData("Target code, e.g. \"10.7\" or \"16.b\".", "10.7|16.b", "")]
    [InlineData("A district, e.g. Düsseldorf's Stadtbezirk 3. More.", "", "Düsseldorf's Stadtbezirk 3")]
    public void Collector_ReadsValuesWholeAndStopsAtTheClauseEnd(string description, string values, string prose)
    {
        var example = Assert.Single(DescriptionExample.In("T.f", description));

        Assert.Equal(values, string.Join('|', example.Values));
        Assert.Equal(prose, example.Prose);
    }

    /// <summary>The operations that prove an example, or null when nothing here knows how.</summary>
    private List<string>? ProofsOf(DescriptionExample example)
    {
        if (ProofByClause.TryGetValue(example.Clause, out var listed))
        {
            return [listed];
        }

        if (example.Prose.Length > 0 || (example.Values.Count == 0 && example.Code.Count == 0))
        {
            return null;
        }

        var proofs = new List<string>();
        foreach (var value in example.Values)
        {
            var proof = ValueProof(example.Coordinate, value);
            if (proof is null)
            {
                return null;
            }

            proofs.Add(proof);
        }

        foreach (var code in example.Code)
        {
            var proof = CodeProof(example.Coordinate, code);
            if (proof is null)
            {
                return null;
            }

            proofs.Add(proof);
        }

        return proofs;
    }

    /// <summary>
    /// A quoted value of a field of entity T (on T itself, its filter or its sort input) must match a row of T's root
    /// connection; a quoted value of a lookup argument must find something.
    /// </summary>
    private string? ValueProof(string coordinate, string value)
    {
        var literal = System.Text.Json.JsonSerializer.Serialize(value);
        if (coordinate.EndsWith(":)", StringComparison.Ordinal))
        {
            var field = coordinate[..coordinate.IndexOf('(')].Split('.');
            var argument = coordinate[(coordinate.IndexOf('(') + 1)..^2];
            return field[0] == fixture.Schema.QueryType.Name ? $"{{ {field[1]}({argument}: {literal}) {{ __typename }} }}" : null;
        }

        var parts = coordinate.Split('.');
        if (parts.Length != 2)
        {
            return null;
        }

        var entity = parts[0].Replace("FilterInput", "", StringComparison.Ordinal).Replace("SortInput", "", StringComparison.Ordinal);
        var (connection, filter) = RootConnectionOf(entity);
        var operations = filter?.Fields.Find(parts[1])?.Type.NamedType().Name switch
        {
            "StringOperationFilterInput" => $"{{ eq: {literal} }}",
            "ListStringOperationFilterInput" => $"{{ some: {{ eq: {literal} }} }}",
            "LocalizedTextFilterInput" => $"{{ or: [{{ de: {{ eq: {literal} }} }}, {{ en: {{ eq: {literal} }} }}] }}",
            _ => null,
        };
        return operations is null ? null : $"{{ {connection}(where: {{ {parts[1]}: {operations} }}) {{ totalCount }} }}";
    }

    /// <summary>
    /// Code in backticks is an operation (<c>{ … }</c>), an argument of the root connection whose sort or filter input
    /// it describes (<c>order: […]</c>), or the value of the argument it describes.
    /// </summary>
    private string? CodeProof(string coordinate, string code)
    {
        if (code.StartsWith('{'))
        {
            return code;
        }

        if (coordinate.EndsWith(":)", StringComparison.Ordinal))
        {
            var field = coordinate[..coordinate.IndexOf('(')].Split('.');
            var argument = coordinate[(coordinate.IndexOf('(') + 1)..^2];
            return field[0] == fixture.Schema.QueryType.Name ? $"{{ {field[1]}({argument}: {code}) {{ __typename }} }}" : null;
        }

        if (coordinate.EndsWith("SortInput", StringComparison.Ordinal) || coordinate.EndsWith("FilterInput", StringComparison.Ordinal))
        {
            var entity = coordinate.Replace("FilterInput", "", StringComparison.Ordinal).Replace("SortInput", "", StringComparison.Ordinal);
            var (connection, _) = RootConnectionOf(entity);
            return connection is null ? null : $"{{ {connection}({code}, first: 1) {{ totalCount }} }}";
        }

        return null;
    }

    /// <summary>The root field listing entity T (the one whose <c>where</c> is T's filter input).</summary>
    private (string? Connection, InputObjectType? Filter) RootConnectionOf(string entity)
    {
        foreach (var field in fixture.Schema.QueryType.Fields)
        {
            if (field.Arguments.Find("where")?.Type.NamedType() is InputObjectType filter && filter.Name == entity + "FilterInput")
            {
                return (field.Name, filter);
            }
        }

        return (null, null);
    }

    /// <summary>Why an answer proves nothing: a null, a zero count or an empty list anywhere in it; null when it proves.</summary>
    private static string? Disproves(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject map => map.Select(static p => p.Key == "totalCount" && p.Value?.GetValue<int>() == 0 ? "totalCount 0" : Disproves(p.Value))
            .FirstOrDefault(static reason => reason is not null),
        JsonArray list => list.Count == 0 ? "empty list" : list.Select(Disproves).FirstOrDefault(static reason => reason is not null),
        _ => null,
    };
}

using System.Collections;
using OpenIntegrationData.Data.Querying.Paging;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Sql;

/// <summary>
/// No SQL is built by concatenating client values: every string, number, date, ID and cursor a
/// client sends reaches PostgreSQL as a parameter, never as text of the statement, wherever it goes
/// (filters of every kind, nested relations, value lists, sort cursors, lookups, totals).
/// </summary>
[Collection(SeededGraphCollection.Name)]
public sealed class ClientValueTests(SeededGraphFixture fixture)
{
    private const string Marker = "x'); drop table district; --";
    private const int Number = 987_654_321;

    public static TheoryData<string> Operations()
    {
        var cursor = KeysetCursor.Encode([Marker, 5L]);
        var node = Convert.ToBase64String("District:987654321"u8);
        return new TheoryData<string>
        {
            $$"""{ districts(where: { name: { eq: "{{Marker}}" } }) { totalCount nodes { name } } }""",
            $$"""{ districts(where: { or: [{ name: { contains: "{{Marker}}" } }, { name: { endsWith: "{{Marker}}" } }] }) { nodes { name } } }""",
            $$"""{ districts(where: { name: { nin: ["{{Marker}}", null] }, municipality: { name: { startsWith: "{{Marker}}" } } }) { nodes { name } } }""",
            $$"""{ districts(order: [{ name: ASC }], after: "{{cursor}}") { nodes { name } } }""",
            $$"""{ districts(where: { id: { eq: "{{node}}" } }) { nodes { name } } }""",
            $$"""{ programmes(where: { name: { en: { neq: "{{Marker}}" } }, languages: { some: { eq: "{{Marker}}" } } }) { nodes { key } } }""",
            $$"""{ districts { nodes { programmes(where: { key: { ncontains: "{{Marker}}" } }) { nodes { key } } } } }""",
            $$"""{ populationObservations(where: { persons: { gte: {{Number}} }, year: { in: [{{Number}}] } }) { totalCount } }""",
            $$"""{ populationTotals(where: { district: { name: { eq: "{{Marker}}" } } }, groupBy: [YEAR]) { sum } }""",
            $$"""{ municipality(key: "{{Marker}}") { name } }""",
        };
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Execute_ClientValues_ReachTheDatabaseOnlyAsParameters(string operation)
    {
        await new GraphClient(fixture).DataAsync(operation);

        var statements = fixture.Statements.Statements;
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.DoesNotContain(Marker, s.Text, StringComparison.Ordinal));
        Assert.All(statements, s => Assert.DoesNotContain(Number.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Text, StringComparison.Ordinal));
        var parameters = statements.SelectMany(static s => s.Parameters).SelectMany(static p => p.Value is IEnumerable values and not string ? values.Cast<object?>() : [p.Value]).ToList();
        Assert.Contains(parameters, static v => v is Marker or Number or 987_654_321L);
    }
}

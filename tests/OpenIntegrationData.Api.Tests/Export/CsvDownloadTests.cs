using System.Net;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Export;

/// <summary>
/// <c>Accept: text/csv</c> on a GraphQL GET, against the real API over the seeded database: the CSV holds exactly the
/// values of the JSON answer to the same query, for every root connection.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CsvDownloadTests(BrowserFixture fixture)
{
    private const string ObservationsQuery = """
        {
          indicatorObservations(first: 20, order: [{ year: ASC }]) {
            nodes { year value isIllustrative licence source { title url } indicator { code title { de en } } }
          }
        }
        """;

    [Fact]
    public async Task Csv_Observations_EqualsTheJsonAnswerWithSourceAndLicenceColumns()
    {
        var (header, rows) = await CsvAsync(ObservationsQuery);
        var expected = await JsonRowsAsync(ObservationsQuery);

        Assert.Equal(
            ["year", "value", "isIllustrative", "licence", "source.title", "source.url", "indicator.code", "indicator.title.de", "indicator.title.en"],
            header);
        Assert.NotEmpty(rows);
        Assert.Equal(expected.Select(row => header.Select(column => row.GetValueOrDefault(column, string.Empty)).ToList()), rows);
    }

    [Fact]
    public async Task Csv_EveryRootConnection_EqualsTheJsonAnswer()
    {
        var connections = await RootConnectionQueriesAsync();

        Assert.True(connections.Count >= 5, $"expected the graph's root connections, found {connections.Count}");
        foreach (var (name, query) in connections)
        {
            var (header, rows) = await CsvAsync(query);
            var expected = await JsonRowsAsync(query);

            Assert.True(rows.Count == expected.Count, $"{name}: {rows.Count} CSV rows, {expected.Count} JSON nodes");
            Assert.Equal(expected.Select(row => header.Select(column => row.GetValueOrDefault(column, string.Empty)).ToList()), rows);
            Assert.Equal(expected.SelectMany(row => row.Keys).Distinct().Order(), header.Order());
        }
    }

    [Fact]
    public async Task Csv_Response_IsAnUtf8AttachmentNamedAfterTheConnection()
    {
        using var response = await SendCsvAsync("{ districts(first: 3) { nodes { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("districts.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task Csv_FormatCsvInTheUrlOfABrowserLink_AnswersCsv()
    {
        // A plain link: the browser sends its own Accept, the URL says what it wants.
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?format=csv&query=" + Uri.EscapeDataString("{ districts(first: 3) { nodes { name } } }"));
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await fixture.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("name", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_AskedForWithPost_Answers406SayingToUseGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("""{"query":"{ districts(first: 3) { nodes { name } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");

        using var response = await fixture.Http.SendAsync(request);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("HC0063", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("GET", error.GetProperty("extensions").GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ districts(first: 1) { totalCount } }")]
    [InlineData("{ a: districts(first: 1) { nodes { name } } b: districts(first: 1) { nodes { name } } }")]
    [InlineData("{ __typename }")]
    public async Task Csv_NotOneConnectionsNodes_Answers400WithAReadableGraphQLError(string query)
    {
        using var response = await SendCsvAsync(query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("exactly one root connection", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_InvalidQuery_IsTheGraphQLErrorAnswer()
    {
        using var response = await SendCsvAsync("{ districts { nodes { bogus } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<HttpResponseMessage> SendCsvAsync(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.TryAddWithoutValidation("Accept", "text/csv");
        return await fixture.Http.SendAsync(request);
    }

    private async Task<(List<string> Header, List<List<string>> Rows)> CsvAsync(string query)
    {
        using var response = await SendCsvAsync(query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var records = ParseCsv(text);
        return (records[0], records.Skip(1).ToList());
    }

    /// <summary>The JSON answer's nodes, flattened the way a reader would expect: <c>a.b</c> keys, JSON text of leaves.</summary>
    private async Task<List<Dictionary<string, string>>> JsonRowsAsync(string query)
    {
        var data = await fixture.QueryAsync(query);
        var connection = data.EnumerateObject().Single().Value;
        return connection.GetProperty("nodes").EnumerateArray().Select(node =>
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(node, string.Empty, row);
            return row;
        }).ToList();
    }

    private static void Flatten(JsonElement value, string prefix, Dictionary<string, string> row)
    {
        foreach (var property in value.EnumerateObject())
        {
            var path = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, path + ".", row);
                    break;
                case JsonValueKind.Null:
                    row[path] = string.Empty;
                    break;
                case JsonValueKind.String:
                    row[path] = property.Value.GetString()!;
                    break;
                default:
                    row[path] = property.Value.GetRawText();
                    break;
            }
        }
    }

    /// <summary>For each root field returning a connection: a query of its first 25 nodes with every argument-free leaf field.</summary>
    private async Task<List<(string Name, string Query)>> RootConnectionQueriesAsync()
    {
        const string typeFields = "fields { name args { type { kind } } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";
        var root = await fixture.QueryAsync("{ __schema { queryType { " + typeFields + " } } }");
        var queries = new List<(string, string)>();
        foreach (var field in root.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray())
        {
            var typeName = NamedType(field.GetProperty("type"));
            if (!typeName.EndsWith("Connection", StringComparison.Ordinal))
            {
                continue;
            }

            var connection = await fixture.QueryAsync($$"""{ __type(name: "{{typeName}}") { {{typeFields}} } }""");
            var nodes = connection.GetProperty("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "nodes");
            var nodeType = await fixture.QueryAsync($$"""{ __type(name: "{{NamedType(nodes.GetProperty("type"))}}") { {{typeFields}} } }""");
            var leaves = nodeType.GetProperty("__type").GetProperty("fields").EnumerateArray()
                .Where(f => f.GetProperty("args").GetArrayLength() == 0 && IsLeaf(f.GetProperty("type")))
                .Select(f => f.GetProperty("name").GetString());
            var name = field.GetProperty("name").GetString()!;
            queries.Add((name, $"{{ {name}(first: 25) {{ nodes {{ {string.Join(' ', leaves)} }} }} }}"));
        }

        return queries;
    }

    private static string NamedType(JsonElement type) =>
        type.GetProperty("name").GetString() ?? NamedType(type.GetProperty("ofType"));

    private static bool IsLeaf(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "SCALAR" or "ENUM" => true,
        "NON_NULL" => IsLeaf(type.GetProperty("ofType")),
        _ => false,
    };

    /// <summary>An RFC 4180 reader (quoted fields, doubled quotes, CRLF records), independent of the server's writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(record);
        return records;
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenIntegrationData.Api.Tests.Browser;

namespace OpenIntegrationData.Api.Tests.Caching;

/// <summary>The API as shipped trusts the example operations of <c>docs/queries</c>, by file name and by SHA-256 hex of the text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StarterQueryTrustedDocumentTests(BrowserFixture fixture)
{
    private const string Example = "01-districts-of-koeln";

    [Fact]
    public async Task Id_ExampleFileNameOrHash_AnswersAsTheQueryText()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "queries", Example + ".graphql"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        var byName = await fixture.Http.GetStringAsync(new Uri("graphql?id=" + Example, UriKind.Relative));
        var byHash = await fixture.Http.GetAsync(new Uri("graphql?id=" + hash, UriKind.Relative));
        var data = await fixture.QueryAsync(text);

        Assert.Equal(HttpStatusCode.OK, byHash.StatusCode);
        Assert.Equal(byName, await byHash.Content.ReadAsStringAsync());
        Assert.Equal(JsonSerializer.Serialize(data), JsonSerializer.Serialize(JsonDocument.Parse(byName).RootElement.GetProperty("data")));
        Assert.NotNull(byHash.Headers.ETag);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}

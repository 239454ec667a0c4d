using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary><c>GET /graphql?sdl</c> (docs/conventions.md#endpoint).</summary>
[Collection(TransportServerCollection.Name)]
public sealed class SchemaDownloadTests(TransportServer server)
{
    [Theory]
    [InlineData("/graphql?sdl")]
    [InlineData("/graphql/?sdl")]
    public async Task Get_Sdl_DownloadsThePrintedSchemaWithCacheHeaders(string url)
    {
        var response = await server.GetAsync(url);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql; charset=utf-8", response.ContentTypeText);
        Assert.Equal("attachment; filename=\"schema.graphql\"", response.ContentHeaders.ContentDisposition?.ToString());
        Assert.True(response.Headers.CacheControl is { Public: true, MustRevalidate: true });
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.ContentHeaders.LastModified);
        Assert.Equal(SchemaPrinter.Print(TransportTestSchema.Create(new TaskCompletionSource())), response.Body);
        Assert.Contains("setMessage(text: String!): String!", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SdlWithMatchingETag_Answers304()
    {
        var first = await server.GetAsync("/graphql?sdl");

        var second = await server.GetAsync("/graphql?sdl", headers: new Dictionary<string, string> { ["If-None-Match"] = first.Headers.ETag!.ToString() });

        Assert.Equal(304, second.Status);
        Assert.Empty(second.Body);
    }
}

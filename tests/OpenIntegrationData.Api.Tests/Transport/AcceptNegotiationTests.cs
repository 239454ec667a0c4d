using Microsoft.Extensions.Primitives;
using OpenIntegrationData.Api.Transport;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>The Accept rule of docs/conventions.md#media-types, including headers sent as several lines.</summary>
public sealed class AcceptNegotiationTests
{
    [Fact]
    public void Negotiate_SeveralHeaderLines_AreReadTogether()
    {
        var result = AcceptNegotiation.Negotiate(new StringValues(["text/plain", "application/json"]));

        Assert.Null(result.Refusal);
        Assert.Equal(ResponseMediaType.Json, result.MediaType);
    }

    [Fact]
    public void Negotiate_GraphQLResponseAfterJson_WinsWhateverTheQuality()
    {
        var result = AcceptNegotiation.Negotiate("application/json;q=1, application/graphql-response+json;q=0.1");

        Assert.Equal(ResponseMediaType.GraphQLResponse, result.MediaType);
    }

    [Theory]
    [InlineData("/json", 400)]
    [InlineData("json", 400)]
    [InlineData("multipart/mixed", 406)]
    [InlineData("text/event-stream", 406)]
    public void Negotiate_UnusableHeader_IsRefused(string accept, int status)
    {
        var result = AcceptNegotiation.Negotiate(accept);

        Assert.NotNull(result.Refusal);
        Assert.Equal(status, result.RefusalStatus);
    }
}

using Microsoft.AspNetCore.Http;
using OpenIntegrationData.Api.Transport;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>The <c>GraphQL-Cost</c> header (docs/conventions.md#cost-limits).</summary>
[Collection(TransportServerCollection.Name)]
public sealed class CostHeaderTests(TransportServer server)
{

    [Theory]
    [InlineData("report", CostMode.Report)]
    [InlineData("REPORT", CostMode.Report)]
    [InlineData(" validate ", CostMode.ValidateOnly)]
    [InlineData("Validate", CostMode.ValidateOnly)]
    [InlineData("other", CostMode.None)]
    [InlineData("", CostMode.None)]
    public void Read_HeaderValue_ChoosesTheCostMode(string value, CostMode expected)
    {
        var headers = new HeaderDictionary { [CostHeader.Name] = value };

        Assert.Equal(expected, CostHeader.Read(headers));
    }

    [Fact]
    public void Read_NoHeader_IsNone()
    {
        Assert.Equal(CostMode.None, CostHeader.Read(new HeaderDictionary()));
    }

    [Fact]
    public async Task Post_CostReport_ExecutesAndReportsTheCost()
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", headers: new Dictionary<string, string> { [CostHeader.Name] = "report" });

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"hello":"Hello, world!"},"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", response.Body);
    }

    [Fact]
    public async Task Post_CostValidateOfAMutation_AnswersOnlyTheCost()
    {
        var response = await server.PostAsync("""{"query":"mutation { setMessage(text: \"x\") }"}""", headers: new Dictionary<string, string> { [CostHeader.Name] = "validate" });

        Assert.Equal(200, response.Status);
        Assert.StartsWith("""{"extensions":{"operationCost":""", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CostReport_WorksOverGetToo()
    {
        var response = await server.GetAsync("/graphql?query=%7B%20hello%20%7D", headers: new Dictionary<string, string> { [CostHeader.Name] = "report" });

        Assert.Equal("""{"data":{"hello":"Hello, world!"},"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", response.Body);
    }

    [Fact]
    public async Task Post_CostValidate_AnswersTheCostOnlyWith200()
    {
        var response = await server.PostAsync("""{"query":"{ hello }"}""", headers: new Dictionary<string, string> { [CostHeader.Name] = "validate" });

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":0,"typeCost":1}}}""", response.Body);
    }
}

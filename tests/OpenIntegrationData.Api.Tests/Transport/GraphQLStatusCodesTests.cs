using OpenIntegrationData.Api.Transport;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>The status rule of docs/conventions.md#status-codes on results of every kind.</summary>
public sealed class GraphQLStatusCodesTests
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.FromSdl("type Query { a: Int } type Mutation { b: Int }").Build());

    [Theory]
    [InlineData("{ a }", null, 200)]
    [InlineData("{ nope }", null, 400)]
    [InlineData("mutation { b }", null, 405)]
    [InlineData("{ a }", 413, 413)]
    public async Task For_GraphQLResponseJson_FollowsTheProposalThenTheResultKind(string query, int? proposed, int expected)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query), new RequestOptions { AllowedOperations = OperationKinds.Query });

        Assert.Equal(expected, GraphQLStatusCodes.For(ResponseMediaType.GraphQLResponse, result, proposed));
    }

    [Theory]
    [InlineData("{ a }", null)]
    [InlineData("{ nope }", null)]
    [InlineData("mutation { b }", null)]
    [InlineData("{ a }", 400)]
    public async Task For_ApplicationJson_IsAlways200(string query, int? proposed)
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query), new RequestOptions { AllowedOperations = OperationKinds.Query });

        Assert.Equal(200, GraphQLStatusCodes.For(ResponseMediaType.Json, result, proposed));
    }

    [Fact]
    public async Task For_CostValidatedOnly_Is200()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ a }"), new RequestOptions { Cost = CostMode.ValidateOnly });

        Assert.Equal(ResultKind.ValidatedOnly, result.Kind);
        Assert.Equal(200, GraphQLStatusCodes.For(ResponseMediaType.GraphQLResponse, result));
    }
}

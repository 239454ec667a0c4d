using System.Text;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

public sealed class ResultJsonWriterTests
{
    [Fact]
    public void Write_RequestError_WritesErrorsOnlyInHotChocolateMemberOrder()
    {
        var error = new GraphQLError(
            "Variable `x` got an invalid value.",
            [new ErrorLocation(1, 7)],
            null,
            [new("code", "HC0016"), new("variable", "x")]);

        var json = Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes(ExecutionResult.FromError(error)));

        Assert.Equal("""{"errors":[{"message":"Variable `x` got an invalid value.","locations":[{"line":1,"column":7}],"extensions":{"code":"HC0016","variable":"x"}}]}""", json);
    }

    [Fact]
    public void Write_ExtensionsOnly_OmitsErrorsAndData()
    {
        var cost = new List<KeyValuePair<string, object?>> { new("fieldCost", 1.0), new("typeCost", 2.5) };
        var result = new ExecutionResult(ResultKind.ValidatedOnly, [], null, [new("operationCost", cost)]);

        var bytes = ResultJsonWriter.ToUtf8Bytes(result);

        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":2.5}}}"""u8.ToArray(), bytes);
    }

    [Fact]
    public void Write_NonFiniteNumberInExtensions_WritesNullInsteadOfFailing()
    {
        var result = ExecutionResult.FromErrors([], [new("a", double.NaN), new("b", 1.5f), new("c", double.PositiveInfinity)]);

        Assert.Equal("""{"extensions":{"a":null,"b":1.5,"c":null}}"""u8.ToArray(), ResultJsonWriter.ToUtf8Bytes(result));
    }

    [Fact]
    public async Task Write_ExecutedWithErrorsAndNulls_WritesErrorsThenDataWithPath()
    {
        var executor = new RequestExecutor(ExecutionTestSupport.Schema(
            "type Query { a: [Int] s: String b: Boolean f: Float }",
            b => b
                .Resolve("Query", "a", _ => new object?[] { 1, null, "x" })
                .Resolve("Query", "s", _ => "line\n\"quoted\" ü")
                .Resolve("Query", "b", _ => true)
                .Resolve("Query", "f", _ => 1.5)));

        var json = await executor.ExecuteJsonAsync("{ a s b f }");

        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["a",2]}],"data":{"a":[1,null,null],"s":"line\n\"quoted\" ü","b":true,"f":1.5}}""",
            json);
    }
}

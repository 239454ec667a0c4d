using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Tests.Utilities;

public sealed class ValueInspectorTests
{
    [Fact]
    public void Inspect_Values_RenderLikeGraphQLJs()
    {
        Assert.Equal("null", ValueInspector.Inspect(null));
        Assert.Equal("\"a\\\"b\"", ValueInspector.Inspect("a\"b"));
        Assert.Equal("[1, \"x\", true]", ValueInspector.Inspect(new object?[] { 1, "x", true }));
        Assert.Equal("{ a: 1, b: [] }", ValueInspector.Inspect(new Dictionary<string, object?> { ["a"] = 1, ["b"] = Array.Empty<object>() }));
        Assert.Equal("1e+21", ValueInspector.Inspect(1e21));
    }
}

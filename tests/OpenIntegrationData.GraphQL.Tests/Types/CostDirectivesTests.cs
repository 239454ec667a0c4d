using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Types;

public sealed class CostDirectivesTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query {
          books(first: Int last: Int): [String] @listSize(assumedSize: 50, slicingArguments: [ "first", "last" ], slicingArgumentDefaultValue: 10, sizedFields: [ "edges", "nodes" ], requireOneSlicingArgument: false) @cost(weight: "10")
          strict(take: Int): [String] @listSize(slicingArguments: "take")
          plain: Int @cost(weight: "2.5")
        }
        directive @cost(weight: String!) on SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM | INPUT_FIELD_DEFINITION
        """).Build();

    [Fact]
    public void GetWeight_ReadsTheStringWeight()
    {
        Assert.Equal(10, CostDirectives.GetWeight(Schema.QueryType.Fields["books"]));
        Assert.Equal(2.5, CostDirectives.GetWeight(Schema.QueryType.Fields["plain"]));
        Assert.Null(CostDirectives.GetWeight(Schema.QueryType.Fields["strict"]));
    }

    [Fact]
    public void ListSizeFrom_ReadsAllArguments()
    {
        var listSize = ListSizeDirective.From(Schema.QueryType.Fields["books"])!;

        Assert.Equal(50, listSize.AssumedSize);
        Assert.Equal(["first", "last"], listSize.SlicingArguments);
        Assert.Equal(10, listSize.SlicingArgumentDefaultValue);
        Assert.Equal(["edges", "nodes"], listSize.SizedFields);
        Assert.False(listSize.RequireOneSlicingArgument);
    }

    [Fact]
    public void ListSizeFrom_MissingArguments_UseSpecDefaults()
    {
        var listSize = ListSizeDirective.From(Schema.QueryType.Fields["strict"])!;

        Assert.Null(listSize.AssumedSize);
        Assert.Equal(["take"], listSize.SlicingArguments);
        Assert.Empty(listSize.SizedFields);
        Assert.True(listSize.RequireOneSlicingArgument);
        Assert.Null(ListSizeDirective.From(Schema.QueryType.Fields["plain"]));
    }

    [Fact]
    public void SdlWithCostDefinitions_TurnsCostDirectivesOn()
    {
        Assert.Same(CostDirectives.ListSize, Schema.FindDirective("listSize"));
    }
}

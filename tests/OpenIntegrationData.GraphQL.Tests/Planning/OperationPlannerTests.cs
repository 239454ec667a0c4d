using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;
using static OpenIntegrationData.GraphQL.Tests.Execution.ExecutionTestSupport;

namespace OpenIntegrationData.GraphQL.Tests.Planning;

public sealed class OperationPlannerTests
{
    private static readonly Schema TestSchema = Schema("""
        type Query {
          districts(first: Int = 10, where: DistrictFilter): [District!]!
          place(key: String!): Place
        }
        input DistrictFilter { name: String number: Int }
        interface Place { name: String! }
        type District implements Place { name: String! number: Int! programmes(first: Int): [Programme!]! }
        type Municipality implements Place { name: String! key: String! districts: [District!]! }
        type Programme { title: String! }
        """);

    private static OperationPlan Plan(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var parsed = Parser.Parse(document);
        Assert.True(parsed.Succeeded);
        var operation = parsed.Node.Definitions.OfType<OperationDefinitionNode>().Single();
        return OperationPlanner.Plan(TestSchema, operation, OperationPlanner.IndexFragments(parsed.Node), variables);
    }

    private static IEnumerable<string> Names(IEnumerable<PlannedField> fields) => fields.Select(static f => f.ResponseName);

    private static ObjectType Type(string name) => TestSchema.FindType<ObjectType>(name)!;

    [Fact]
    public void Plan_FragmentsAndRepeatedFields_AreCollectedInFirstSeenOrderAndMerged()
    {
        var plan = Plan("""
            { districts { number ...Names ... on District { number programmes { title } } } }
            fragment Names on District { name programmes { t: title } }
            """);

        var districts = plan.RootFields.Single();
        var fields = districts.SelectionSet!.Fields;
        Assert.Equal(["number", "name", "programmes"], Names(fields));
        Assert.Equal(2, fields[0].Nodes.Count);
        Assert.Equal(["t", "title"], Names(fields[2].SelectionSet!.Fields));
        Assert.Equal([0, 1, 2], fields.Select(static f => f.Index));
    }

    [Fact]
    public void Plan_SkipAndIncludeLiterals_LeaveOutSelections()
    {
        var plan = Plan("""
            { districts {
                name @skip(if: true)
                number @include(if: false)
                ... on District @include(if: true) { programmes { title } }
                ...N @skip(if: true)
            } }
            fragment N on District { name }
            """);

        Assert.Equal(["programmes"], Names(plan.RootFields.Single().SelectionSet!.Fields));
        Assert.False(plan.DependsOnVariables);
    }

    [Fact]
    public void Plan_SkipWithVariable_DependsOnTheVariableValues()
    {
        const string document = "query($hide: Boolean!) { districts { name @skip(if: $hide) number } }";

        var hidden = Plan(document, Variables(("hide", true)));
        var shown = Plan(document, Variables(("hide", false)));

        Assert.True(hidden.DependsOnVariables);
        Assert.Equal(["number"], Names(hidden.RootFields.Single().SelectionSet!.Fields));
        Assert.Equal(["name", "number"], Names(shown.RootFields.Single().SelectionSet!.Fields));
    }

    [Fact]
    public void Plan_AbstractSelection_CollectsFieldsPerObjectType()
    {
        var plan = Plan("""
            { place(key: "x") {
                __typename
                name
                ... on District { number }
                ... on Municipality { key districts { name } }
                ...P
            } }
            fragment P on Place { name }
            """);

        var place = plan.RootFields.Single().SelectionSet!;
        Assert.Equal(["District", "Municipality"], place.PossibleTypes.Select(static t => t.Name));
        Assert.Equal(["__typename", "name", "number"], Names(place.GetFields(Type("District")).Fields));
        Assert.Equal(["__typename", "name", "key", "districts"], Names(place.GetFields(Type("Municipality")).Fields));
        Assert.Same(place.GetFields(Type("District")), place.GetFields(Type("District")));
        Assert.Throws<InvalidOperationException>(() => place.Fields);
    }

    [Fact]
    public void Plan_LiteralArguments_AreCoercedOnceWithDefaults()
    {
        var plan = Plan("""{ districts(where: { name: "Alt" }) { programmes(first: 3) { title } } }""");

        var districts = plan.RootFields.Single();
        Assert.False(districts.HasVariableArguments);
        var arguments = districts.ConstantArguments!.Values;
        Assert.Equal(10, arguments["first"]);
        Assert.Equal("Alt", ((IReadOnlyDictionary<string, object?>)arguments["where"]!)["name"]);
        Assert.Equal(3, districts.SelectionSet!.Fields.Single().ConstantArguments!.Values["first"]);
    }

    [Fact]
    public void Plan_VariableArguments_AreLeftForEachRequest()
    {
        var plan = Plan("query($n: Int) { districts(first: $n) { name } }");

        Assert.True(plan.RootFields.Single().HasVariableArguments);
        Assert.False(plan.DependsOnVariables);
    }

    [Fact]
    public void Plan_MissingRequiredArgumentValue_KeepsTheFieldErrorForExecution()
    {
        var plan = Plan("{ place(key: null) { name } }");

        var error = plan.RootFields.Single().ConstantArguments!.Error;
        Assert.Equal("Argument \"key\" of non-null type \"String!\" must not be null.", error!.Message);
    }

    [Fact]
    public void Plan_MetaFields_AreResolvedToTheIntrospectionDefinitions()
    {
        var plan = Plan("{ __typename __schema { description } t: __type(name: \"District\") { name } }");

        Assert.Equal(["__typename", "__schema", "t"], Names(plan.RootFields));
        Assert.Equal("__Schema", plan.RootFields[1].SelectionSet!.Type.Name);
    }
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Fact]
    public void Parse_Shorthand_IsAnAnonymousQuery()
    {
        var operation = ParseSingle<OperationDefinitionNode>("{ a }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query)]
    [InlineData("mutation { a }", OperationType.Mutation)]
    [InlineData("subscription { a }", OperationType.Subscription)]
    public void Parse_OperationKeyword_SetsTheOperationType(string source, OperationType expected)
    {
        Assert.Equal(expected, ParseSingle<OperationDefinitionNode>(source).Operation);
    }

    [Fact]
    public void Parse_NamedOperation_HasVariablesDirectivesAndSelections()
    {
        var operation = ParseSingle<OperationDefinitionNode>(
            "query Q($a: Int = 1 @v, $b: [String!]!) @op(x: $a) { f }");

        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal(["a", "b"], operation.VariableDefinitions.Select(v => v.Variable.Name.Value));
        var first = operation.VariableDefinitions[0];
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(first.Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(first.DefaultValue).Value);
        Assert.Equal("v", Assert.Single(first.Directives).Name.Value);
        var second = Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        Assert.IsType<ListTypeNode>(second.Type);
        Assert.IsType<VariableNode>(Assert.Single(Assert.Single(operation.Directives).Arguments).Value);
    }

    [Fact]
    public void Parse_DescriptionsOnExecutableDefinitions_AreKept()
    {
        var document = ParseDocument(""""
            "Operation" query Q("Variable" $a: Int) { f }
            """Fragment""" fragment F on T { f }
            """");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("Operation", operation.Description!.Value);
        Assert.Equal(new Location(0, 45, 1, 1), operation.Location);
        Assert.Equal("Variable", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("Fragment", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }

    [Fact]
    public void Parse_Field_WithAliasArgumentsDirectivesAndSelections()
    {
        var field = ParseField("alias: name(a: 1, b: \"x\") @d1 @d2(c: true) { sub }");

        Assert.Equal("alias", field.Alias!.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal(["d1", "d2"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("sub", ((FieldNode)field.SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void Parse_LeafField_HasNoSelectionSet()
    {
        var field = ParseField("leaf");

        Assert.Null(field.Alias);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Null(field.SelectionSet);
    }

    [Fact]
    public void Parse_Fragments_SpreadsInlineFragmentsAndDefinitions()
    {
        var document = ParseDocument("{ ...F @d ... on T { a } ... @skip(if: true) { b } ... { c } } fragment F on T @e { a }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("d", Assert.Single(spread.Directives).Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        var withoutType = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withoutType.TypeCondition);
        Assert.Equal("skip", Assert.Single(withoutType.Directives).Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T", "e"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void Parse_KeywordsAsNames_AreOrdinaryNames()
    {
        var document = ParseDocument(
            "query query { query: mutation(subscription: fragment, on: on) { true false null type schema extend } ... on on { a } } fragment on_ on on { a }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("query", operation.Name!.Value);
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(("query", "mutation"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal("fragment", Assert.IsType<EnumValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal(["true", "false", "null", "type", "schema", "extend"], field.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal("on", ((InlineFragmentNode)operation.SelectionSet.Selections[1]).TypeCondition!.Name.Value);
        Assert.Equal("on", ((FragmentDefinitionNode)document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void Parse_CommasAndComments_AreInsignificant()
    {
        var compact = SyntaxPrinter.Print(ParseDocument("{a(x:1,y:2){b,c}}"));
        var noisy = SyntaxPrinter.Print(ParseDocument(",,{ # start\n a ( x : 1 ,,, y : 2 , ) , # args\n { b , , c , } , } ,"));

        Assert.Equal(compact, noisy);
    }

    [Fact]
    public void Parse_VariableInOperationDirective_IsAllowed()
    {
        var operation = ParseSingle<OperationDefinitionNode>("query Q($v: Boolean) @d(if: $v) { a }");

        Assert.IsType<VariableNode>(operation.Directives[0].Arguments[0].Value);
    }
}

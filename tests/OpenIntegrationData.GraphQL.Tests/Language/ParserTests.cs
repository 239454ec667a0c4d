using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

/// <summary>Parser behaviour, split by concern like the parser itself (ParserTests.*.cs).</summary>
public partial class ParserTests
{
    [Fact]
    public void Parse_KitchenSink_Succeeds()
    {
        var document = ParseDocument(LanguageFixtures.Read("kitchen-sink.graphql"));

        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
             SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void Parse_SchemaKitchenSink_Succeeds()
    {
        var document = ParseDocument(LanguageFixtures.Read("schema-kitchen-sink.graphql"));

        Assert.Equal(39, document.Definitions.Count);
        Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.IsType<SchemaExtensionNode>(document.Definitions[^1]);
    }

    [Fact]
    public void Parse_Document_SpansTheWholeSource()
    {
        var document = ParseDocument("  { a }  ");

        Assert.Equal(new Location(0, 9, 1, 1), document.Location);
    }

    [Fact]
    public void Parse_Nodes_CarryStartEndLineAndColumn()
    {
        var document = ParseDocument("query Q {\n  alias: field(arg: 1) @dir\n}");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(new Location(0, 39, 1, 1), operation.Location);
        Assert.Equal(new Location(8, 39, 1, 9), operation.SelectionSet.Location);
        Assert.Equal(new Location(12, 37, 2, 3), field.Location);
        Assert.Equal(new Location(12, 17, 2, 3), field.Alias!.Location);
        Assert.Equal(new Location(19, 24, 2, 10), field.Name.Location);
        Assert.Equal(new Location(25, 31, 2, 16), field.Arguments[0].Location);
        Assert.Equal(new Location(33, 37, 2, 24), field.Directives[0].Location);
    }

    [Fact]
    public void Parse_ValuesTypesAndFragments_CarryTheLocationsGraphQLJsGives()
    {
        var operation = ParseSingle<OperationDefinitionNode>("query Q($v: [Int!] = [1]) { ...F ... on T { f(a: {b: $v}) } }");
        var variable = operation.VariableDefinitions[0];
        var listType = (ListTypeNode)variable.Type;
        var nonNull = (NonNullTypeNode)listType.Type;
        var spread = operation.SelectionSet.Selections[0];
        var inline = (InlineFragmentNode)operation.SelectionSet.Selections[1];
        var objectValue = (ObjectValueNode)((FieldNode)inline.SelectionSet.Selections[0]).Arguments[0].Value;

        Assert.Equal(new Location(8, 24, 1, 9), variable.Location);
        Assert.Equal(new Location(8, 10, 1, 9), variable.Variable.Location);
        Assert.Equal(new Location(12, 18, 1, 13), listType.Location);
        Assert.Equal(new Location(13, 17, 1, 14), nonNull.Location);
        Assert.Equal(new Location(13, 16, 1, 14), nonNull.Type.Location);
        Assert.Equal(new Location(21, 24, 1, 22), variable.DefaultValue!.Location);
        Assert.Equal(new Location(28, 32, 1, 29), spread.Location);
        Assert.Equal(new Location(33, 59, 1, 34), inline.Location);
        Assert.Equal(new Location(40, 41, 1, 41), inline.TypeCondition!.Location);
        Assert.Equal(new Location(49, 56, 1, 50), objectValue.Location);
        Assert.Equal(new Location(50, 55, 1, 51), objectValue.Fields[0].Location);
        Assert.Equal(new Location(53, 55, 1, 54), objectValue.Fields[0].Value.Location);
    }

    [Fact]
    public void Parse_NoLocations_LeavesLocationsOut()
    {
        var result = Parser.Parse("{ a(b: [1]) }", new ParserOptions { NoLocations = true });

        var operation = (OperationDefinitionNode)result.Node!.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Null(result.Node.Location);
        Assert.Null(operation.Location);
        Assert.Null(field.Location);
        Assert.Null(field.Arguments[0].Value.Location);
    }

    [Fact]
    public void Parse_Failure_IsAValueWithMessageAndLocation()
    {
        var result = Parser.Parse("{ a(b: $) }");

        Assert.False(result.Succeeded);
        Assert.Null(result.Node);
        Assert.Equal("Expected a `Name`-token, but found a `RightParenthesis`-token.", result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, 9)], result.Error.Locations);
        Assert.Empty(result.Error.Extensions);
        Assert.Null(result.Error.Path);
    }

    [Fact]
    public void ParseValue_OneValue_IsParsedWithVariables()
    {
        var result = Parser.ParseValue("{a: [1, $v, \"s\"]}");

        var value = Assert.IsType<ObjectValueNode>(result.Node);
        Assert.Equal("{a: [1, $v, \"s\"]}", SyntaxPrinter.Print(value));
    }

    [Fact]
    public void ParseValue_TrailingTokens_AreAnError()
    {
        var result = Parser.ParseValue("1 2");

        Assert.Equal("Expected a `EndOfFile`-token, but found a `Integer`-token.", result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, 3)], result.Error.Locations);
    }

    [Theory]
    [InlineData("String", "String")]
    [InlineData("String!", "String!")]
    [InlineData("[String]", "[String]")]
    [InlineData(" [ [ Int ! ] ! ] ! ", "[[Int!]!]!")]
    public void ParseType_TypeReference_IsParsed(string source, string printed)
    {
        var result = Parser.ParseType(source);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(printed, SyntaxPrinter.Print(result.Node));
    }

    [Theory]
    [InlineData("String!!", "Expected a `EndOfFile`-token, but found a `Bang`-token.", 8)]
    [InlineData("[String", "Expected a `RightBracket`-token, but found a `EndOfFile`-token.", 8)]
    [InlineData("!", "Expected a `Name`-token, but found a `Bang`-token.", 1)]
    public void ParseType_MalformedType_IsAnError(string source, string message, int column)
    {
        var result = Parser.ParseType(source);

        Assert.Equal(message, result.Error!.Message);
        Assert.Equal([new ErrorLocation(1, column)], result.Error.Locations);
    }

    private static DocumentNode ParseDocument(string source)
    {
        var result = Parser.Parse(source);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Node;
    }

    private static T ParseSingle<T>(string source)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(ParseDocument(source).Definitions));

    private static FieldNode ParseField(string selection)
    {
        var operation = ParseSingle<OperationDefinitionNode>("{ " + selection + " }");
        return Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
    }

    private static ValueNode ParseArgumentValue(string value) =>
        Assert.Single(ParseField("f(a: " + value + ")").Arguments).Value;

    private static GraphQLError ParseError(string source)
    {
        var result = Parser.Parse(source);
        Assert.False(result.Succeeded, "Expected a syntax error.");
        return result.Error;
    }
}

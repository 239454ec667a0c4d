using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

/// <summary>
/// <see cref="SyntaxPrinter"/> writes the graphql-js 16 <c>print</c> layout. Expected texts were
/// produced by graphql-js 16.15.0 itself (see Fixtures/README.md).
/// </summary>
public class PrinterTests
{
    [Theory]
    [InlineData("kitchen-sink")]
    [InlineData("schema-kitchen-sink")]
    public void Print_KitchenSink_MatchesGraphQLJs(string fixture)
    {
        var document = Parse(LanguageFixtures.Read(fixture + ".graphql"));

        Assert.Equal(LanguageFixtures.Read(fixture + ".printed.graphql"), SyntaxPrinter.Print(document));
    }

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("schema-kitchen-sink.graphql")]
    [InlineData("kitchen-sink.printed.graphql")]
    public void Print_ParsePrintParsePrint_IsStable(string fixture)
    {
        var once = SyntaxPrinter.Print(Parse(LanguageFixtures.Read(fixture)));
        var twice = SyntaxPrinter.Print(Parse(once));

        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("{a}", "{\n  a\n}")]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int = 1) { a }", "query ($v: Int = 1) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData("{ a { b { c } } }", "{\n  a {\n    b {\n      c\n    }\n  }\n}")]
    [InlineData("{ ...F ... on T { a } ... @d { b } }", "{\n  ...F\n  ... on T {\n    a\n  }\n  ... @d {\n    b\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("{ a } { b }", "{\n  a\n}\n\n{\n  b\n}")]
    [InlineData("\"d\" query Q { a }", "\"d\"\nquery Q {\n  a\n}")]
    [InlineData("query Q(\"d\" $a: Int, $b: Int) { a }", "query Q(\n\"d\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    public void Print_Operations_UseTheGraphQLJsLayout(string source, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(Parse(source)));
    }

    [Fact]
    public void Print_LongFieldArguments_GoOnePerLine()
    {
        var source = "{ someVeryLongFieldName(argumentNumberOne: \"value number one\", argumentNumberTwo: \"value two\") { a } }";

        Assert.Equal(
            "{\n  someVeryLongFieldName(\n    argumentNumberOne: \"value number one\"\n    argumentNumberTwo: \"value two\"\n  ) {\n    a\n  }\n}",
            SyntaxPrinter.Print(Parse(source)));
    }

    [Fact]
    public void Print_FieldCallOfEightyCharacters_StaysOnOneLine()
    {
        var value = new string('x', 72);

        var printed = SyntaxPrinter.Print(Parse("{ f(a: \"" + value + "\") }"));

        Assert.Equal("{\n  f(a: \"" + value + "\")\n}", printed);
    }

    [Fact]
    public void Print_FieldCallOfEightyOneCharacters_Wraps()
    {
        var value = new string('x', 73);

        var printed = SyntaxPrinter.Print(Parse("{ f(a: \"" + value + "\") }"));

        Assert.Equal("{\n  f(\n    a: \"" + value + "\"\n  )\n}", printed);
    }

    [Fact]
    public void Print_ArgumentDefinitionWithBlockDescription_GoesOnePerLine()
    {
        var printed = SyntaxPrinter.Print(Parse("type T { f(\"\"\"multi\nline\"\"\" a: Int, b: Int): Int }"));

        Assert.Equal("type T {\n  f(\n    \"\"\"\n    multi\n    line\n    \"\"\"\n    a: Int\n    b: Int\n  ): Int\n}", printed);
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("-1.5e3", "-1.5e3")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("ENUM", "ENUM")]
    [InlineData("$v", "$v")]
    [InlineData("[ 1 , [ ] , { } ]", "[1, [], {}]")]
    [InlineData("{ a : 1 , b : { c : [ $v ] } }", "{a: 1, b: {c: [$v]}}")]
    public void Print_Values_AreCompact(string source, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.Print(Parser.ParseValue(source).Node!));
    }

    [Fact]
    public void Print_NodesBuiltInCode_NeedNoLocations()
    {
        var field = new FieldNode(null, new NameNode("f"), [new ArgumentNode(new NameNode("a"), new ListValueNode([new IntValueNode("1")]))], [], null);
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([field]))]);

        Assert.Equal("{\n  f(a: [1])\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void PrintString_SpecialCharacters_AreEscaped()
    {
        var printed = SyntaxPrinter.PrintString("q\" b\\ \u0000 \u0007 \b\t\n\f\r \u001f \u007f \u0080 \u009f \u00a0 é 😀 /");

        Assert.Equal("\"q\\\" b\\\\ \\u0000 \\u0007 \\b\\t\\n\\f\\r \\u001F \\u007F \\u0080 \\u009F \u00a0 é 😀 /\"", printed);
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("\tleading tab", "\"\"\"\tleading tab\"\"\"")]
    [InlineData("trailing space  ", "\"\"\"trailing space  \"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with backslash\\", "\"\"\"\nends with backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("line one\nline two", "\"\"\"\nline one\nline two\n\"\"\"")]
    [InlineData("  indented\nnot", "\"\"\"\n  indented\nnot\n\"\"\"")]
    [InlineData("a\n  b\n  c", "\"\"\"\na\n  b\n  c\n\"\"\"")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"")]
    public void PrintBlockString_Value_MatchesGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, SyntaxPrinter.PrintBlockString(value));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("ends with quote\"")]
    [InlineData("ends with backslash\\")]
    [InlineData("has \"\"\" inside and ends with \"\"\"")]
    [InlineData("line one\n  indented\n\nafter a blank")]
    [InlineData("  indented first\nnot")]
    [InlineData("a\n  b\n  c")]
    public void PrintBlockString_ReadBack_GivesTheSameValue(string value)
    {
        var printed = SyntaxPrinter.Print(new StringValueNode(value, block: true));

        var reparsed = Assert.IsType<StringValueNode>(Parser.ParseValue(printed).Node);
        Assert.Equal(value, reparsed.Value);
        Assert.True(reparsed.Block);
    }

    [Fact]
    public void Print_BlockStringInsideASelection_IsIndentedAndKeepsItsValue()
    {
        var source = "{ f(a: \"\"\"\n    first\n      second\n  \"\"\") }";

        var printed = SyntaxPrinter.Print(Parse(source));

        Assert.Equal("{\n  f(a: \"\"\"\n  first\n    second\n  \"\"\")\n}", printed);
        var field = (FieldNode)((OperationDefinitionNode)Parse(printed).Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("first\n  second", ((StringValueNode)field.Arguments[0].Value).Value);
    }

    private static DocumentNode Parse(string source)
    {
        var result = Parser.Parse(source);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Node;
    }
}

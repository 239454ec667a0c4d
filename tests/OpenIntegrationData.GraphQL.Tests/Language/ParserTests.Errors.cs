using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

public partial class ParserTests
{
    [Theory]
    [InlineData("", "Expected an operation, fragment or type system definition, but found a `EndOfFile`-token.", 1, 1)]
    [InlineData("  # only a comment\n", "Expected an operation, fragment or type system definition, but found a `EndOfFile`-token.", 2, 1)]
    [InlineData("{}", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 2)]
    [InlineData("{ a }}", "Expected an operation, fragment or type system definition, but found a `RightBrace`-token.", 1, 6)]
    [InlineData("{ a", "Expected a `Name`-token, but found a `EndOfFile`-token.", 1, 4)]
    [InlineData("query", "Expected a `LeftBrace`-token, but found a `EndOfFile`-token.", 1, 6)]
    [InlineData("query Q", "Expected a `LeftBrace`-token, but found a `EndOfFile`-token.", 1, 8)]
    [InlineData("query Q($a) { f }", "Expected a `Colon`-token, but found a `RightParenthesis`-token.", 1, 11)]
    [InlineData("query Q() { f }", "Expected a `Dollar`-token, but found a `RightParenthesis`-token.", 1, 9)]
    [InlineData("query Q(a: Int) { f }", "Expected a `Dollar`-token, but found a `Name`-token.", 1, 9)]
    [InlineData("{ f() }", "Expected a `Name`-token, but found a `RightParenthesis`-token.", 1, 5)]
    [InlineData("{ f(a) }", "Expected a `Colon`-token, but found a `RightParenthesis`-token.", 1, 6)]
    [InlineData("{ f(a:) }", "Expected a value, but found a `RightParenthesis`-token.", 1, 7)]
    [InlineData("{ f(a: [1, 2) }", "Expected a value, but found a `RightParenthesis`-token.", 1, 13)]
    [InlineData("{ f(a: {b}) }", "Expected a `Colon`-token, but found a `RightBrace`-token.", 1, 10)]
    [InlineData("{ f @ }", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 7)]
    [InlineData("{ f @d() }", "Expected a `Name`-token, but found a `RightParenthesis`-token.", 1, 8)]
    [InlineData("{ f { } }", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 7)]
    [InlineData("{ a: b: c }", "Expected a `Name`-token, but found a `Colon`-token.", 1, 7)]
    [InlineData("{ ... on }", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 10)]
    [InlineData("{ ... }", "Expected a `LeftBrace`-token, but found a `RightBrace`-token.", 1, 7)]
    [InlineData("fragment on on T { a }", "Unexpected keyword `on`: a fragment cannot be named `on`.", 1, 10)]
    [InlineData("fragment F T { a }", "Expected a `on`-token, but found a `T`-token.", 1, 12)]
    [InlineData("fragment F on T", "Expected a `LeftBrace`-token, but found a `EndOfFile`-token.", 1, 16)]
    [InlineData("query Q { a } $", "Expected an operation, fragment or type system definition, but found a `Dollar`-token.", 1, 15)]
    [InlineData("notAKeyword { a }", "Expected an operation, fragment or type system definition, but found a `notAKeyword`-token.", 1, 1)]
    [InlineData("\"desc\" { a }", "Unexpected description: descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type T @d", "Unexpected description: extensions cannot have descriptions.", 1, 1)]
    [InlineData("\"desc\"", "Expected an operation, fragment or type system definition, but found a `EndOfFile`-token.", 1, 7)]
    [InlineData("\"desc\"\nnotAKeyword { a }", "Unexpected description: only definitions can have descriptions.", 1, 1)]
    [InlineData("\"desc\" 1", "Expected an operation, fragment or type system definition, but found a `1`-token.", 1, 8)]
    public void Parse_ExecutableSyntaxError_ReportsMessageAndLocation(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        Assert.Equal(message, error.Message);
        Assert.Equal([new ErrorLocation(line, column)], error.Locations);
    }

    [Theory]
    [InlineData("schema {}", "Expected `query`, `mutation` or `subscription`, but found a `RightBrace`-token.", 1, 9)]
    [InlineData("schema { other: Q }", "Expected `query`, `mutation` or `subscription`, but found a `other`-token.", 1, 10)]
    [InlineData("schema @d", "Expected a `LeftBrace`-token, but found a `EndOfFile`-token.", 1, 10)]
    [InlineData("type T {}", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 9)]
    [InlineData("type T { f }", "Expected a `Colon`-token, but found a `RightBrace`-token.", 1, 12)]
    [InlineData("type T { f(): Int }", "Expected a `Name`-token, but found a `RightParenthesis`-token.", 1, 12)]
    [InlineData("type T { f: [Int }", "Expected a `RightBracket`-token, but found a `RightBrace`-token.", 1, 18)]
    [InlineData("type T { f: Int!! }", "Expected a `Name`-token, but found a `Bang`-token.", 1, 17)]
    [InlineData("type T implements A B { f: Int }", "Expected an operation, fragment or type system definition, but found a `B`-token.", 1, 21)]
    [InlineData("type T implements { f: Int }", "Expected a `Name`-token, but found a `LeftBrace`-token.", 1, 19)]
    [InlineData("union U =", "Expected a `Name`-token, but found a `EndOfFile`-token.", 1, 10)]
    [InlineData("union U = A |", "Expected a `Name`-token, but found a `EndOfFile`-token.", 1, 14)]
    [InlineData("enum E { true }", "`true` is reserved and cannot be used as an enum value.", 1, 10)]
    [InlineData("enum E { false }", "`false` is reserved and cannot be used as an enum value.", 1, 10)]
    [InlineData("enum E { null }", "`null` is reserved and cannot be used as an enum value.", 1, 10)]
    [InlineData("enum E {}", "Expected a `Name`-token, but found a `RightBrace`-token.", 1, 9)]
    [InlineData("input I { a }", "Expected a `Colon`-token, but found a `RightBrace`-token.", 1, 13)]
    [InlineData("directive @d", "Expected a `on`-token, but found a `EndOfFile`-token.", 1, 13)]
    [InlineData("directive @d on", "Expected a `Name`-token, but found a `EndOfFile`-token.", 1, 16)]
    [InlineData("directive @d on FOO", "`FOO` is not a directive location.", 1, 17)]
    [InlineData("directive @d on field", "`field` is not a directive location.", 1, 17)]
    [InlineData("directive @d on FIELD | FOO+", "Unexpected character `+` (U+002B).", 1, 28)]
    [InlineData("directive d on FIELD", "Expected a `At`-token, but found a `Name`-token.", 1, 11)]
    [InlineData("extend", "Unexpected token: `EndOfFile`.", 1, 7)]
    [InlineData("extend foo T", "Unexpected token: `foo`.", 1, 8)]
    [InlineData("extend schema", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 16)]
    [InlineData("extend type T", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 14)]
    [InlineData("extend interface I", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 19)]
    [InlineData("extend union U", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 15)]
    [InlineData("extend enum E", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 14)]
    [InlineData("extend input N", "Unexpected token: `EndOfFile`. An extension must add directives, interfaces, fields, values, types or operation types.", 1, 15)]
    public void Parse_TypeSystemSyntaxError_ReportsMessageAndLocation(string source, string message, int line, int column)
    {
        var error = ParseError(source);

        Assert.Equal(message, error.Message);
        Assert.Equal([new ErrorLocation(line, column)], error.Locations);
    }

    [Fact]
    public void Parse_LexicalError_IsReportedAsASyntaxError()
    {
        var error = ParseError("query Q {\n  f(a: 01)\n}");

        Assert.Equal("Invalid number, unexpected digit after 0: `1` (U+0031).", error.Message);
        Assert.Equal([new ErrorLocation(2, 9)], error.Locations);
    }

    [Fact]
    public void Parse_SyntaxError_CarriesNoErrorCode()
    {
        var error = ParseError("{");

        Assert.Null(error.Code);
    }
}

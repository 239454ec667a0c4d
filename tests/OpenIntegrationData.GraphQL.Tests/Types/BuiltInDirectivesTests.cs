using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Tests.Types;

/// <summary>The spec directives as graphql-js 16 defines them; the conformance harness compares introspection with those.</summary>
public sealed class BuiltInDirectivesTests
{
    [Theory]
    [InlineData("skip", "if: Boolean!", "FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT")]
    [InlineData("include", "if: Boolean!", "FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT")]
    [InlineData("deprecated", "reason: String = \"No longer supported\"", "FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE")]
    [InlineData("specifiedBy", "url: String!", "SCALAR")]
    [InlineData("oneOf", "", "INPUT_OBJECT")]
    public void Definition_MatchesGraphQLJs(string name, string arguments, string locations)
    {
        var directive = BuiltInDirectives.All.Single(d => d.Name == name);

        var printedArguments = string.Join(", ", directive.Arguments.Select(a =>
            $"{a.Name}: {a.Type}" + (a.DefaultValue is { } value ? $" = {LiteralPrinter.Print(value)}" : string.Empty)));
        Assert.Equal(arguments, printedArguments);
        Assert.Equal(locations, string.Join(" | ", directive.Locations.Select(l => l.ToName())));
        Assert.False(directive.IsRepeatable);
        Assert.True(directive.IsSpecified);
    }

    [Fact]
    public void Deprecated_DefaultReason_IsCoerced()
    {
        Assert.Equal("No longer supported", BuiltInDirectives.Deprecated.Arguments["reason"].CoercedDefaultValue);
    }
}

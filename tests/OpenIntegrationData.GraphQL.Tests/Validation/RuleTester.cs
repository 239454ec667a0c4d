using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

/// <summary>Runs one rule (or all) over a document and checks the errors it reports.</summary>
internal static class RuleTester
{
    public static IReadOnlyList<GraphQLError> Validate(string document, Func<ValidationRule>? rule = null, Schema? schema = null, ValidationOptions? options = null)
    {
        var parsed = Parser.Parse(document);
        Assert.True(parsed.Succeeded, parsed.Error?.Message);
        var validator = rule is null
            ? new DocumentValidator(schema ?? ValidationTestSchema.Schema, options)
            : new DocumentValidator(schema ?? ValidationTestSchema.Schema, options, [rule]);
        return validator.Validate(parsed.Node!).Errors;
    }

    public static void ExpectValid(Func<ValidationRule> rule, string document, Schema? schema = null)
    {
        var errors = Validate(document, rule, schema);
        Assert.True(errors.Count == 0, "Unexpected errors: " + string.Join(" | ", errors.Select(static e => e.Message)));
    }

    /// <summary>Asserts the exact messages, in order, with the locations "line:column" of each error.</summary>
    public static IReadOnlyList<GraphQLError> ExpectErrors(Func<ValidationRule> rule, string document, params (string Message, string Locations)[] expected) =>
        ExpectErrorsOn(null, rule, document, expected);

    public static IReadOnlyList<GraphQLError> ExpectErrorsOn(Schema? schema, Func<ValidationRule> rule, string document, params (string Message, string Locations)[] expected)
    {
        var errors = Validate(document, rule, schema);
        var actual = errors.Select(static e => (e.Message, string.Join(" ", e.Locations.Select(static l => $"{l.Line}:{l.Column}")))).ToArray();
        Assert.Equal(expected, actual);
        return errors;
    }
}

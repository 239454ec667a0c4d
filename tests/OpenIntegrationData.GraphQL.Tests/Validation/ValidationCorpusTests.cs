using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Tests.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

/// <summary>
/// The validation cases of the conformance corpus (Conformance/Corpus/RULE.valid|invalid.CASE.graphql,
/// every file but syntax.*), which the differential suite also sends to graphql-js. They use only
/// introspection, so their label holds on any schema: here on the pet-shop schema and on a
/// one-field schema, our validator must agree with every label.
/// </summary>
public sealed class ValidationCorpusTests
{
    public static TheoryData<string> ValidCases() => Cases(".valid.");

    public static TheoryData<string> InvalidCases() => Cases(".invalid.");

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Validate_ValidCorpusCase_HasNoErrorsOnAnySchema(string file)
    {
        foreach (var schema in Schemas())
        {
            var errors = Validate(schema, file);
            Assert.True(errors.Count == 0, string.Join(" | ", errors.Select(static e => e.Message)));
        }
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Validate_InvalidCorpusCase_IsRejectedByTheRuleItNames(string file)
    {
        var code = file[..file.IndexOf('.', StringComparison.Ordinal)].Replace('-', '_').ToUpperInvariant();
        foreach (var schema in Schemas())
        {
            var errors = Validate(schema, file);
            Assert.Contains(errors, e => Normalize(e.Code) == Normalize(code));
        }
    }

    [Fact]
    public void Corpus_CoversEverySpecRuleThatIntrospectionCanExpress()
    {
        var rules = Directory.GetFiles(CorpusFolder(), "*.graphql")
            .Select(static f => Path.GetFileName(f).Split('.')[0])
            .Where(static r => r != "syntax")
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(rules.Count >= 25, string.Join(", ", rules));
    }

    private static IReadOnlyList<Errors.GraphQLError> Validate(Schema schema, string file)
    {
        var parsed = Parser.Parse(File.ReadAllText(Path.Combine(CorpusFolder(), file)));
        Assert.True(parsed.Succeeded, parsed.Error?.Message);
        return new DocumentValidator(schema).Validate(parsed.Node!).Errors;
    }

    // The corpus files name rules as the shared corpus does; "directives-in-valid-locations" is our DIRECTIVES_ARE_IN_VALID_LOCATIONS.
    private static string Normalize(string? code) => (code ?? string.Empty).Replace("_ARE_", "_", StringComparison.Ordinal);

    private static Schema[] Schemas() => [ValidationTestSchema.Schema, ValidationTestSchema.QueryOnly];

    private static TheoryData<string> Cases(string label)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusFolder(), "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!file!.StartsWith("syntax.", StringComparison.Ordinal) && file.Contains(label, StringComparison.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    private static string CorpusFolder() => Path.Combine(LanguageFixtures.ProjectFolder(), "Conformance", "Corpus");
}

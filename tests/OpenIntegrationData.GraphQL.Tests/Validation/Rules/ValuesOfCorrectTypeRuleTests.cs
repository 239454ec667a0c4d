using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;
using OpenIntegrationData.GraphQL.Validation;
using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Tests.Validation.Rules;

public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly Func<ValidationRule> Rule = static () => new ValuesOfCorrectTypeRule();

    [Fact]
    public void Validate_LiteralsOfEveryKind_AreValid() =>
        RuleTester.ExpectValid(
            Rule,
            """
            query ($v: Int = 3) {
              complicatedArgs {
                intArgField(intArg: 2)
                floatArgField(floatArg: 1)
                idArgField(idArg: 1)
                enumArgField(enumArg: TAN)
                stringListArgField(stringListArg: "one")
                stringListNonNullArgField(stringListNonNullArg: ["a", "b"])
                complexArgField(complexArg: { requiredField: true, intField: $v, stringListField: [null, "x"] })
                oneOfArgField(oneOfArg: { name: "Rex" })
              }
            }
            """);

    [Fact]
    public void Validate_WrongScalarLiterals_ReportTheScalarsOwnMessage() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { intArgField(intArg: \"3\") booleanArgField(booleanArg: 1) stringArgField(stringArg: TRUE) } }",
            ("Int cannot represent non-integer value: \"3\"", "1:41"),
            ("Boolean cannot represent a non boolean value: 1", "1:74"),
            ("String cannot represent a non string value: TRUE", "1:103"));

    [Fact]
    public void Validate_UnknownEnumValue_SuggestsTheValue() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ dog { doesKnowCommand(dogCommand: sit) } }",
            ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", "1:37"));

    [Fact]
    public void Validate_NullForNonNullArgumentAndListItem_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) } }",
            ("Expected value of type \"Int!\", found null.", "1:55"),
            ("Expected value of type \"String!\", found null.", "1:115"));

    [Fact]
    public void Validate_ListForSingleValue_IsReportedOnceForTheWholeList() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { intArgField(intArg: [1, \"two\"]) } }",
            ("Int cannot represent non-integer value: [1, \"two\"]", "1:41"));

    [Fact]
    public void Validate_ScalarForInputObject_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { complexArgField(complexArg: 5) } }",
            ("Expected value of type \"ComplexInput\", found 5.", "1:49"));

    private static readonly Schema FilterSchema = SchemaBuilder.FromSdl(
        """
        type Query { items(where: ItemFilter, year: IntFilter): Int }
        input ItemFilter { and: [ItemFilter!] year: IntFilter name: TextFilter }
        input IntFilter { and: [IntFilter!] or: [IntFilter!] eq: Int in: [Int] }
        input StringFilter { eq: String contains: String }
        input TextFilter { or: [TextFilter!] de: StringFilter en: StringFilter }
        """).Build();

    [Theory]
    [InlineData("{ items(where: { year: 2012 }) }", "Expected value of type \"IntFilter\", found 2012. \"IntFilter\" is an input object: write `year: { eq: 2012 }`.", "1:24")]
    [InlineData("{ items(year: 2012) }", "Expected value of type \"IntFilter\", found 2012. \"IntFilter\" is an input object: write `year: { eq: 2012 }`.", "1:15")]
    [InlineData("{ items(where: { name: \"Köln\" }) }", "Expected value of type \"TextFilter\", found \"Köln\". \"TextFilter\" is an input object: write `name: { de: { eq: \"Köln\" } }`.", "1:24")]
    [InlineData("{ items(where: { year: { and: [2012] } }) }", "Expected value of type \"IntFilter!\", found 2012. \"IntFilter\" is an input object: write `{ eq: 2012 }`.", "1:32")]
    [InlineData("{ items(where: 2012) }", "Expected value of type \"ItemFilter\", found 2012.", "1:16")]
    public void Validate_ScalarForInputObjectWithoutRequiredFields_ShowsTheShape(string document, string message, string location) =>
        RuleTester.ExpectErrorsOn(FilterSchema, Rule, document, (message, location));

    [Fact]
    public void Validate_OneOfWithTwoKeysOrNull_IsReported() =>
        RuleTester.ExpectErrors(
            Rule,
            "{ complicatedArgs { a: oneOfArgField(oneOfArg: { name: \"x\", id: 1 }) b: oneOfArgField(oneOfArg: { id: null }) } }",
            ("OneOf Input Object \"PetFinder\" must specify exactly one key.", "1:48"),
            ("Field \"PetFinder.id\" must be non-null.", "1:97"));
}

using System.Text;
using OpenIntegrationData.GraphQL.Tests.Introspection;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Validate_FullIntrospectionQuery_IsValidWithAllRulesAndDefaultLimits() =>
        Assert.Empty(RuleTester.Validate(IntrospectionQueries.Full));

    [Fact]
    public void Validate_RealisticOperationWithFragmentsAndVariables_IsValid() =>
        Assert.Empty(RuleTester.Validate(
            """
            query Shop($command: DogCommand!, $withOwner: Boolean = false, $finder: String!) {
              dog {
                ...DogFields
                owner @include(if: $withOwner) { name pets { ...PetFields } }
              }
              catOrDog { __typename ... on Cat { meows } ...DogFields }
              complicatedArgs { oneOfArgField(oneOfArg: { name: $finder }) }
            }
            fragment DogFields on Dog { name barkVolume doesKnowCommand(dogCommand: $command) }
            fragment PetFields on Pet { name ... on Dog { barks } }
            """));

    [Fact]
    public void Validate_ManyErrors_StopsAtTheLimitWithOneTooManyErrorsError()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 250; i++)
        {
            document.Append("unknown").Append(i).Append(' ');
        }

        document.Append('}');
        var errors = RuleTester.Validate(document.ToString(), options: new ValidationOptions { MaxErrors = 100 });
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal("TOO_MANY_VALIDATION_ERRORS", errors[^1].Code);
    }

    [Fact]
    public void Validate_ExactlyAsManyErrorsAsTheLimit_AddsNoTooManyErrorsError()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 5; i++)
        {
            document.Append("unknown").Append(i).Append(' ');
        }

        document.Append('}');
        var errors = RuleTester.Validate(document.ToString(), options: new ValidationOptions { MaxErrors = 5 });
        Assert.Equal(5, errors.Count);
        Assert.DoesNotContain(errors, static e => e.Code == "TOO_MANY_VALIDATION_ERRORS");
    }

    [Fact]
    public void Validate_EveryError_CarriesACodeAndSpecLink()
    {
        var errors = RuleTester.Validate("query Q($x: Dog) { nope ...Missing dog @unknown { name(surname: 1) } }");
        Assert.NotEmpty(errors);
        Assert.All(errors, static e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Code));
            Assert.Contains(e.Extensions, static x => x.Key == "specifiedBy" && ((string)x.Value!).StartsWith("https://spec.graphql.org/September2025/#sec-", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Validate_HostileDocumentWithFragmentCycleAndDeepNesting_ReturnsErrorsWithoutThrowing()
    {
        var document = "query Q { dog { ...A } } fragment A on Dog { owner { pets { ...B } } } fragment B on Dog { ...A }";
        var errors = RuleTester.Validate(document, options: new ValidationOptions { MaxExecutionDepth = 10 });
        Assert.Contains(errors, static e => e.Code == "FRAGMENT_SPREADS_MUST_NOT_FORM_CYCLES");
    }
}

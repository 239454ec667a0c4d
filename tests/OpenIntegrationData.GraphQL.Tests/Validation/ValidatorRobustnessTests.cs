using System.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Tests.Introspection;
using OpenIntegrationData.GraphQL.Validation.Cost;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

/// <summary>
/// Hostile and mutated documents: whatever parses must validate (and be costed) without an
/// exception, in bounded time. The mutations are seeded, so a failure reproduces.
/// </summary>
public sealed class ValidatorRobustnessTests
{
    private static readonly string[] Seeds =
    [
        IntrospectionQueries.Full,
        """
        query Shop($command: DogCommand!, $withOwner: Boolean = false, $finder: String!, $x: ComplexInput = { requiredField: true }) {
          dog { ...DogFields owner @include(if: $withOwner) { name pets { ...PetFields } } }
          catOrDog { __typename ... on Cat { meows } ...DogFields }
          complicatedArgs { oneOfArgField(oneOfArg: { name: $finder }) complexArgField(complexArg: $x) multipleReqs(req1: 1, req2: 2) }
        }
        fragment DogFields on Dog { name barkVolume doesKnowCommand(dogCommand: $command) }
        fragment PetFields on Pet { name ... on Dog { barks } }
        subscription S { newDog { name } }
        mutation M { adoptDog(name: "Rex") { name } }
        """,
    ];

    [Fact]
    public void Validate_ThousandsOfMutatedDocuments_NeverThrows()
    {
        var random = new Random(20251121);
        var validator = new DocumentValidator(ValidationTestSchema.Schema, new ValidationOptions { MaxExecutionDepth = 20 });
        var validated = 0;
        for (var i = 0; i < 3000; i++)
        {
            var source = Mutate(Seeds[i % Seeds.Length], random);
            var parsed = Parser.Parse(source);
            if (!parsed.Succeeded)
            {
                continue;
            }

            validated++;
            var result = validator.Validate(parsed.Node!);
            Assert.All(result.Errors, static e => Assert.False(string.IsNullOrEmpty(e.Code)));
            foreach (var operation in parsed.Node!.Definitions.OfType<OperationDefinitionNode>())
            {
                var fragments = parsed.Node.Definitions.OfType<FragmentDefinitionNode>()
                    .GroupBy(static f => f.Name.Value)
                    .ToDictionary(static g => g.Key, static g => g.First());
                CostAnalyzer.Analyze(ValidationTestSchema.Schema, operation, fragments, new Dictionary<string, object?>(), CostOptions.Default);
            }
        }

        Assert.True(validated > 300, $"only {validated} mutated documents parsed");
    }

    [Fact]
    public void Validate_HugeFanOutOfAliasesAndSpreads_FinishesQuickly()
    {
        var document = new StringBuilder("{ ");
        for (var i = 0; i < 3000; i++)
        {
            document.Append("a").Append(i).Append(": dog { ...D ...E } ");
        }

        document.Append("} fragment D on Dog { name owner { name } } fragment E on Dog { name owner { iq } }");
        var started = DateTime.UtcNow;
        Assert.Empty(RuleTester.Validate(document.ToString()));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Validate_TwoLongFragmentChainsSpreadSideBySide_IsRefusedAsTooComplexQuickly()
    {
        var document = new StringBuilder("{ dog { ...F0 ...G0 } }\n");
        for (var i = 0; i < 4000; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { name ...F").Append(i + 1).Append(" }\n");
            document.Append("fragment G").Append(i).Append(" on Dog { name ...G").Append(i + 1).Append(" }\n");
        }

        document.Append("fragment F4000 on Dog { x: name }\nfragment G4000 on Dog { x: barks }\n");
        var started = DateTime.UtcNow;
        // No time limit here: this checks the comparison budget, which refuses the same document on any machine.
        var errors = RuleTester.Validate(document.ToString(), options: new ValidationOptions { MaxValidationTime = null });
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        var error = Assert.Single(errors, static e => e.Code == "MAX_FIELD_MERGE_COMPARISONS");
        Assert.Equal("The document is too complex to check that its fields can be merged (more than 100000 comparisons).", error.Message);
    }

    /// <summary>Issue 13.3: 300 fragments, each spreading every later one (365 KB), took 2–4 s of CPU in Field Selection Merging.</summary>
    [Theory]
    [InlineData("dog", "Dog", "name")]
    [InlineData(null, "Query", "__typename")]
    public void Validate_FragmentsEachSpreadingAllLaterOnes_IsRefusedInMilliseconds(string? parentField, string typeCondition, string field)
    {
        var document = FragmentsSpreadingAllLaterOnes(300, parentField, typeCondition, field);
        var parsed = Parser.Parse(document);
        // Without the time limit, so the refusal comes from the comparison budget on any machine.
        var validator = new DocumentValidator(ValidationTestSchema.Schema, new ValidationOptions { MaxValidationTime = null });

        var started = System.Diagnostics.Stopwatch.StartNew();
        var errors = validator.Validate(parsed.Node!).Errors;
        var elapsed = started.Elapsed;

        Assert.True(document.Length > 350_000);
        var error = Assert.Single(errors);
        // Refused by the comparison budget (not by the 500 ms time limit): the work is bounded whatever the machine's
        // load; ~0.1 s on a quiet 2-core box. The clock only guards against a gross regression.
        Assert.Equal("MAX_FIELD_MERGE_COMPARISONS", error.Code);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"validation took {elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void Validate_PastTheTimeLimit_IsRefusedNamingTheLimit()
    {
        var parsed = Parser.Parse(FragmentsSpreadingAllLaterOnes(300));
        var validator = new DocumentValidator(
            ValidationTestSchema.Schema,
            new ValidationOptions { MaxFieldMergeComparisons = null, MaxValidationTime = TimeSpan.FromMilliseconds(20) });

        // Without the limit this document takes seconds; the code shows the limit stopped it.
        var error = Assert.Single(validator.Validate(parsed.Node!).Errors);

        Assert.Equal("MAX_VALIDATION_TIME", error.Code);
        Assert.Equal("The document took longer than 20 ms to validate and was refused; send a smaller document with fewer fragments.", error.Message);
    }

    /// <summary>
    /// <c>{ dog { ...F0 } }</c> (or <c>{ ...F0 }</c> on the root) and fragments F0…F(n-1), each selecting one field
    /// and spreading every later one (the attack of issue 13.3).
    /// </summary>
    internal static string FragmentsSpreadingAllLaterOnes(int count, string? parentField = "dog", string typeCondition = "Dog", string field = "name")
    {
        var document = new StringBuilder(parentField is null ? "{ ...F0 }\n" : $"{{ {parentField} {{ ...F0 }} }}\n");
        for (var i = 0; i < count; i++)
        {
            document.Append("fragment F").Append(i).Append(" on ").Append(typeCondition).Append(' ').Append("{ ").Append(field);
            for (var j = i + 1; j < count; j++)
            {
                document.Append(" ...F").Append(j);
            }

            document.Append(" }\n");
        }

        return document.ToString();
    }

    [Fact]
    public void Validate_ShortFragmentChainsSideBySide_StillFindTheConflictAtTheEnd()
    {
        var document = new StringBuilder("{ dog { ...F0 ...G0 } }\n");
        for (var i = 0; i < 50; i++)
        {
            document.Append("fragment F").Append(i).Append(" on Dog { name ...F").Append(i + 1).Append(" }\n");
            document.Append("fragment G").Append(i).Append(" on Dog { name ...G").Append(i + 1).Append(" }\n");
        }

        document.Append("fragment F50 on Dog { x: name }\nfragment G50 on Dog { x: barks }\n");
        var error = Assert.Single(RuleTester.Validate(document.ToString()));
        Assert.Equal("FIELD_SELECTION_MERGING", error.Code);
    }

    /// <summary>Deletes, duplicates or swaps a few slices of the text.</summary>
    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && text.Length > 2; e++)
        {
            var start = random.Next(text.Length - 1);
            var length = Math.Min(random.Next(1, 12), text.Length - start);
            var slice = text.ToString(start, length);
            switch (random.Next(3))
            {
                case 0:
                    text.Remove(start, length);
                    break;
                case 1:
                    text.Insert(start, slice);
                    break;
                default:
                    var target = random.Next(text.Length);
                    text.Remove(start, length);
                    text.Insert(Math.Min(target, text.Length), slice);
                    break;
            }
        }

        return text.ToString();
    }
}

using System.Text.Json;
using OpenIntegrationData.GraphQL.Tests.Language;

namespace OpenIntegrationData.GraphQL.Tests.Validation;

/// <summary>
/// Documents on the pet-shop schema with the verdict and messages graphql-js 16.15.0 gave for
/// them (<c>validate</c> with the spec rules, recorded in Fixtures/graphql-js-messages.json):
/// our validator must give the same messages, in the same order.
/// </summary>
public sealed class GraphQLJsMessagesTests
{
    public static TheoryData<string, string> Cases()
    {
        var path = Path.Combine(LanguageFixtures.ProjectFolder(), "Validation", "Fixtures", "graphql-js-messages.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var data = new TheoryData<string, string>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            data.Add(item.GetProperty("document").GetString()!, item.GetProperty("graphqlJs").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Document_GivesGraphQLJsVerdictAndMessages(string document, string graphqlJs)
    {
        var errors = RuleTester.Validate(document);
        var ours = errors.Count == 0 ? "accept" : "reject " + string.Join(" | ", errors.Select(static e => e.Message));
        Assert.Equal(graphqlJs, ours);
    }
}

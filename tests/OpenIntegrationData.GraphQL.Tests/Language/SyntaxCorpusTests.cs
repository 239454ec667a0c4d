using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Tests.Language;

/// <summary>
/// The syntax cases of the conformance corpus (Conformance/Corpus/syntax.*.graphql), which the
/// differential suite also sends to graphql-js: our parser must agree with their labels.
/// </summary>
public class SyntaxCorpusTests
{
    public static TheoryData<string> ValidCases() => Cases("valid");

    public static TheoryData<string> InvalidCases() => Cases("invalid");

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Parse_ValidCorpusCase_Succeeds(string file)
    {
        var result = Parser.Parse(Read(file));

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.All(result.Node.Definitions, d => Assert.IsAssignableFrom<ExecutableDefinitionNode>(d));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Parse_InvalidCorpusCase_IsASyntaxError(string file)
    {
        var result = Parser.Parse(Read(file));

        Assert.False(result.Succeeded);
        Assert.Single(result.Error.Locations);
        Assert.Null(result.Error.Code);
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    [MemberData(nameof(InvalidCases))]
    public void CorpusCase_FirstLine_IsACommentNamingWhatItChecks(string file)
    {
        Assert.StartsWith("# ", Read(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_Files_AreThirtyOrMore()
    {
        Assert.True(ValidCases().Count + InvalidCases().Count >= 30);
    }

    private static TheoryData<string> Cases(string label)
    {
        var files = Directory.GetFiles(CorpusFolder(), $"syntax.{label}.*.graphql")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        var data = new TheoryData<string>();
        foreach (var file in files)
        {
            data.Add(file!);
        }

        return data;
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(CorpusFolder(), file));

    private static string CorpusFolder() => Path.Combine(LanguageFixtures.ProjectFolder(), "Conformance", "Corpus");
}

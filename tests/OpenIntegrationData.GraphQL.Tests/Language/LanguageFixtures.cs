using System.Runtime.CompilerServices;

namespace OpenIntegrationData.GraphQL.Tests.Language;

/// <summary>Reads fixture files that live beside the test sources.</summary>
internal static class LanguageFixtures
{
    /// <summary>The text of <c>Language/Fixtures/<paramref name="name"/></c>.</summary>
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(LanguageFolder(), "Fixtures", name));

    /// <summary>The test project's folder on disk.</summary>
    public static string ProjectFolder() => Path.GetDirectoryName(LanguageFolder())!;

    private static string LanguageFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}

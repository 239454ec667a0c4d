using System.Text;

namespace OpenIntegrationData.Api.Ide;

/// <summary>
/// The IDE's first document: the project's example operations (<c>docs/queries/*.graphql</c>), one after the
/// other, so a journalist starts from real questions. Banana Cake Pop puts a "Run" link above each operation.
/// </summary>
internal static class StarterDocument
{
    private const string Header =
        """
        # Welcome to OpenIntegrationData — open data on how German cities live together.
        # Below are example questions (docs/queries). Click "Run" above an operation to ask it.
        # Every figure carries its source and licence; "isIllustrative: true" marks figures no real source backs.
        # The "Schema Reference" tab documents every type and field; the SDL is at /graphql?sdl.

        """;

    // When the build found no example files (a bare checkout of the API alone), still start somewhere useful.
    private const string Fallback =
        """
        query Districts {
          districts(first: 10, order: [{ population: DESC }]) {
            totalCount
            nodes {
              name
              population
              municipality { name }
            }
          }
        }
        """;

    /// <summary>The header and every <c>.graphql</c> file of <paramref name="folder"/> in name order.</summary>
    public static string Load(string folder)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.graphql").Order(StringComparer.Ordinal).ToArray()
            : [];

        var document = new StringBuilder(Header);
        if (files.Length == 0)
        {
            return document.Append(Fallback).ToString();
        }

        foreach (var file in files)
        {
            document.Append("# ").Append(Path.GetFileName(file)).Append('\n');
            document.Append(File.ReadAllText(file).ReplaceLineEndings("\n").Trim()).Append("\n\n");
        }

        return document.ToString().TrimEnd() + "\n";
    }
}

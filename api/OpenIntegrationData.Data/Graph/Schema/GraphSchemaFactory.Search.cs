using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Data.Resolvers;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary><c>search(text:, first:)</c>: the entities whose names, titles or codes match a reader's words, best first.</summary>
internal sealed partial class GraphSchemaFactory
{
    private void AddSearch()
    {
        _builder.AddObjectType("SearchHit", t => t
            .Description("Something `search` found: the entity, the text that matched and how well.")
            .Field("node", $"{GraphTypeNames.Node}!", f => f
                .Description("What was found; ask for its fields with fragments, e.g. `node { ... on Municipality { key name } }`.")
                .Cost(10)
                .ResolveBatch(_resolvers.SearchHitNode()))
            .Field("nodeType", "String!", f => f.Description("The type of what was found, e.g. `SdgIndicator` or `Programme`."))
            .Field("matchedField", "String!", f => f.Description("The field whose text matched best, e.g. `name` or `title`."))
            .Field("language", "String", f => f.Description("`de` or `en` when the matched text is in one language; null for names and codes."))
            .Field("matchedText", "String!", f => f.Description("The text that matched, as stored."))
            .Field("score", "Float!", f => f.Description("How well it matched, from 0 to 1: 1 the whole text, 0.9 its start, 0.8 the start of a word, 0.6 inside a word, 0.2–0.4 a word of the same stem (German or English full-text search).")));

        var kinds = string.Join(", ", SearchCatalog.Sources.Select(static s => s.TypeName));
        _builder.ExtendObjectType("Query", t => t.Field("search", "[SearchHit!]!", f => f
            .Description($"Finds {kinds} by words in German or English, ignoring case and accents (\"koln\" finds Köln, \"welcome point\" WelcomePoint), best match first.")
            .Argument("text", "String!", a => a.Description($"The words to look for, at most {SearchLoader.MaxTextLength} characters."))
            .Argument("first", "Int", a => a.Description($"How many hits, 1 to {SearchLoader.MaxFirst}.").DefaultValue(10))
            .ListSize(assumedSize: 10, slicingArguments: ["first"])
            .Cost(20)
            .ResolveAsync(_resolvers.Search())));
    }
}

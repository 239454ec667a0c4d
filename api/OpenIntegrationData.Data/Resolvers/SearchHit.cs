namespace OpenIntegrationData.Data.Resolvers;

/// <summary>One entity <c>search</c> found: which one, the text that matched and how well.</summary>
/// <param name="NodeType">GraphQL type name of the entity.</param>
/// <param name="Key">Its database key (the node is loaded from it).</param>
/// <param name="MatchedField">The field whose text matched best.</param>
/// <param name="Language"><c>de</c> or <c>en</c> for a text in one language, null for names and codes.</param>
/// <param name="MatchedText">That text, as stored.</param>
/// <param name="Score">0–1, higher is better.</param>
public sealed record SearchHit(string NodeType, long Key, string MatchedField, string? Language, string MatchedText, double Score);

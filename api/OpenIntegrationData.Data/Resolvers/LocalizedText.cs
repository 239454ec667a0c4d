namespace OpenIntegrationData.Data.Resolvers;

/// <summary>The value of a <c>LocalizedText</c> field: the German and the English text.</summary>
/// <param name="De">German text, or null.</param>
/// <param name="En">English text, or null.</param>
public sealed record LocalizedText(string? De, string? En);

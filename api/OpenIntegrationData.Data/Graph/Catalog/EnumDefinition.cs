namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>A GraphQL enum whose values stand for lower-case text codes in the database.</summary>
/// <param name="Name">GraphQL type name.</param>
/// <param name="Description">Plain-words description.</param>
/// <param name="Values">Database code and description of each value; the GraphQL name is the code in upper case.</param>
public sealed record EnumDefinition(string Name, string Description, IReadOnlyList<EnumValueDefinition> Values);

/// <summary>One enum value.</summary>
/// <param name="Code">The code stored in the database, e.g. <c>language_course</c>.</param>
/// <param name="Description">What the value means.</param>
public sealed record EnumValueDefinition(string Code, string Description)
{
    /// <summary>The GraphQL name, e.g. <c>LANGUAGE_COURSE</c>.</summary>
    public string GraphQLName => Code.ToUpperInvariant();
}

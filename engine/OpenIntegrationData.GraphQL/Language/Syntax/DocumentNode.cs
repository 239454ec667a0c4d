namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A whole GraphQL document: executable and/or type-system definitions.</summary>
public sealed class DocumentNode(IReadOnlyList<DefinitionNode> definitions, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; } = definitions;
}

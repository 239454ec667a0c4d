namespace OpenIntegrationData.GraphQL.Language;

/// <summary>A directive application <c>@name(args)</c> (spec 2.12).</summary>
public sealed class DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location? location = null) : SyntaxNode(location)
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Directive;

    /// <summary>The directive name.</summary>
    public NameNode Name { get; } = name;

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;
}

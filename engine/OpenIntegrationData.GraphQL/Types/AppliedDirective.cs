using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// A directive applied to a schema element, such as <c>@cost(weight: "10")</c> on a field
/// (spec 3.13). Arguments are kept as literals, exactly as they are printed in SDL; consumers
/// such as cost analysis read them with <see cref="GetArgument"/>.
/// </summary>
public sealed class AppliedDirective
{
    /// <summary>Creates an applied directive.</summary>
    /// <param name="name">The directive name without the at sign.</param>
    /// <param name="arguments">The arguments in the order they are printed.</param>
    /// <param name="location">Where it stands in SDL, when it came from SDL.</param>
    public AppliedDirective(string name, IReadOnlyList<ArgumentNode>? arguments = null, Location? location = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Arguments = arguments ?? [];
        Location = location;
    }

    /// <summary>The directive name without the at sign.</summary>
    public string Name { get; }

    /// <summary>The arguments in the order they are printed.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <summary>Where it stands in SDL; null for directives applied in code.</summary>
    public Location? Location { get; }

    /// <summary>The literal of an argument, or null when the argument is not given.</summary>
    public ValueNode? GetArgument(string argumentName)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name.Value == argumentName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The directive as a syntax node, for printing.</summary>
    public DirectiveNode ToSyntax() => new(new NameNode(Name), Arguments, Location);

    /// <summary>Creates an applied directive from its syntax.</summary>
    public static AppliedDirective FromSyntax(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new AppliedDirective(node.Name.Value, node.Arguments, node.Location);
    }

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}

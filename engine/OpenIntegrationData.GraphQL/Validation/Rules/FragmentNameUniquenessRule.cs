using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness: each fragment has a name of its own.</summary>
public sealed class FragmentNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        if (_seen.TryGetValue(node.Name.Value, out var first))
        {
            context.ReportError(ValidationErrors.DuplicateFragmentName(first, node.Name));
            return;
        }

        _seen[node.Name.Value] = node.Name;
    }
}

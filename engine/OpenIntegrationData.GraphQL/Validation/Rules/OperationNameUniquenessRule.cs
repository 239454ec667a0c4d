using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness: each named operation has a name of its own.</summary>
public sealed class OperationNameUniquenessRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> _seen = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (_seen.TryGetValue(name.Value, out var first))
        {
            context.ReportError(ValidationErrors.DuplicateOperationName(first, name));
            return;
        }

        _seen[name.Value] = name;
    }
}

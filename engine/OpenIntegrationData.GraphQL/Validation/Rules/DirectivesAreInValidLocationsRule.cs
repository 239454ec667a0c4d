using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.7.2 Directives Are in Valid Locations: a directive stands only where its definition allows.</summary>
public sealed class DirectivesAreInValidLocationsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode location)
    {
        if (context.TypeInfo.Directive is not { } directive || LocationOf(location) is not { } candidate)
        {
            return;
        }

        if (!directive.IsAllowedAt(candidate))
        {
            context.ReportError(ValidationErrors.MisplacedDirective(node, candidate.ToName()));
        }
    }

    private static DirectiveLocation? LocationOf(SyntaxNode node) => node switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}

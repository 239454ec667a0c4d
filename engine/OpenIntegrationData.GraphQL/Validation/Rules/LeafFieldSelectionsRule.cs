using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.3 Leaf Field Selections: scalar and enum fields have no selection set, object,
/// interface and union fields must have one (graphql-js <c>ScalarLeafsRule</c>).
/// </summary>
public sealed class LeafFieldSelectionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.Type is not { } type)
        {
            return;
        }

        if (type.NamedType().IsLeafType)
        {
            if (node.SelectionSet is not null)
            {
                context.ReportError(ValidationErrors.LeafFieldWithSelection(node, type));
            }

            return;
        }

        if (node.SelectionSet is null)
        {
            context.ReportError(ValidationErrors.CompositeFieldWithoutSelection(node, type));
        }
    }
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal can be coerced to the type expected where
/// it stands (graphql-js <c>ValuesOfCorrectTypeRule</c>). Scalars and enums judge their own
/// literals (<see cref="LeafType.ParseLiteral"/>); a list or object where a single value or a
/// scalar is expected is reported once, not again for its contents. Also checks the shape of
/// <c>@oneOf</c> input objects (spec 3.10.1). Variables are judged by spec 5.8.5.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private ValueNode? _reported;

    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (_reported is not null)
        {
            return;
        }

        switch (node)
        {
            case VariableNode:
                return;
            case NullValueNode:
                if (context.TypeInfo.InputType is NonNullType nonNull)
                {
                    context.ReportError(ValidationErrors.BadValue(node, nonNull));
                }

                return;
            case ListValueNode:
                if (context.TypeInfo.InputType is { } listPosition && listPosition.NullableType is not ListType)
                {
                    ReportWhole(context, node, listPosition.NullableType);
                }

                return;
            case ObjectValueNode obj:
                CheckObject(context, obj);
                return;
            default:
                if (context.TypeInfo.InputType is { } type)
                {
                    CheckLeaf(context, node, type);
                }

                return;
        }
    }

    /// <inheritdoc />
    public override void LeaveValue(ValidationContext context, ValueNode node)
    {
        if (ReferenceEquals(node, _reported))
        {
            _reported = null;
        }
    }

    private void CheckObject(ValidationContext context, ObjectValueNode node)
    {
        if (context.TypeInfo.InputType is not { } type)
        {
            return;
        }

        if (type.NamedType() is not InputObjectType inputObject)
        {
            ReportWhole(context, node, type);
            return;
        }

        if (!inputObject.IsOneOf)
        {
            return;
        }

        if (node.Fields.Count != 1)
        {
            context.ReportError(ValidationErrors.OneOfNotExactlyOneField(node, inputObject));
            return;
        }

        if (node.Fields[0].Value is NullValueNode)
        {
            context.ReportError(ValidationErrors.OneOfFieldNull(node, inputObject, node.Fields[0].Name.Value));
        }
    }

    /// <summary>Reports a list or object literal that stands where it cannot, and skips its contents.</summary>
    private void ReportWhole(ValidationContext context, ValueNode node, GraphQLType type)
    {
        _reported = node;
        CheckLeaf(context, node, type);
    }

    private static void CheckLeaf(ValidationContext context, ValueNode node, GraphQLType type)
    {
        if (type.NamedType() is not LeafType leaf)
        {
            context.ReportError(ValidationErrors.BadValue(node, type));
            return;
        }

        var result = leaf.ParseLiteral(node);
        if (!result.Succeeded)
        {
            context.ReportError(ValidationErrors.BadValue(node, type, result.Error));
        }
    }
}

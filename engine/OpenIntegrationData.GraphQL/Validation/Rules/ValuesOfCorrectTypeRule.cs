using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal can be coerced to the type expected where
/// it stands (graphql-js <c>ValuesOfCorrectTypeRule</c>). Scalars and enums judge their own
/// literals (<see cref="LeafType.ParseLiteral"/>); a list or object where a single value or a
/// scalar is expected is reported once, not again for its contents. Also checks the shape of
/// <c>@oneOf</c> input objects (spec 3.10.1). Variables are judged by spec 5.8.5. A single value where an input
/// object belongs is answered with the shape it should have had (<see cref="InputObjectShape"/>).
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private readonly List<ObjectValueNode> _objects = [];
    private ValueNode? _reported;

    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is ObjectValueNode entered)
        {
            _objects.Add(entered);
        }

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
        if (node is ObjectValueNode)
        {
            _objects.RemoveAt(_objects.Count - 1);
        }

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

    private void CheckLeaf(ValidationContext context, ValueNode node, GraphQLType type)
    {
        if (type.NamedType() is InputObjectType inputObject)
        {
            context.ReportError(ValidationErrors.InputObjectExpected(node, type, NameOf(context, node), InputObjectShape.For(inputObject, node)));
            return;
        }

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

    /// <summary>The input field or argument the value is given to, when it is given directly (not inside a list).</summary>
    private string? NameOf(ValidationContext context, ValueNode node)
    {
        if (_objects.Count > 0)
        {
            foreach (var field in _objects[^1].Fields)
            {
                if (ReferenceEquals(field.Value, node))
                {
                    return field.Name.Value;
                }
            }

            return null;
        }

        return context.TypeInfo.Argument is { } argument && ReferenceEquals(context.TypeInfo.InputType, argument.Type) ? argument.Name : null;
    }
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.2 Variables Are Input Types: a variable's type exists and is a scalar, enum or
/// input object, possibly wrapped in lists and non-null.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
        var named = NamedTypeOf(node.Type);
        if (context.FindType(named.Name.Value) is null)
        {
            var suggestions = SuggestionList.Create(named.Name.Value, context.TypeNames);
            context.ReportError(ValidationErrors.UnknownVariableType(named, suggestions));
            return;
        }

        if (TypeInfo.TypeFromSyntax(context.Schema, node.Type) is { IsInputType: false } type)
        {
            context.ReportError(ValidationErrors.NonInputVariableType(node, type));
        }
    }

    private static NamedTypeNode NamedTypeOf(TypeNode type)
    {
        while (true)
        {
            switch (type)
            {
                case ListTypeNode list:
                    type = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    type = nonNull.Type;
                    break;
                default:
                    return (NamedTypeNode)type;
            }
        }
    }
}

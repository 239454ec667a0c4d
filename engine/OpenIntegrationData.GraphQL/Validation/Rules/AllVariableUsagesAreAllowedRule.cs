using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed (graphql-js <c>VariablesInAllowedPositionRule</c>):
/// each variable's type fits every position it is used in, following fragments. A nullable
/// variable may fill a non-null position when the variable or the position has a non-null
/// default; the value of a <c>@oneOf</c> field must come from a non-null variable.
/// </summary>
public sealed class AllVariableUsagesAreAllowedRule : ValidationRule
{
    /// <inheritdoc />
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var operation in context.Operations)
        {
            if (operation.VariableDefinitions.Count == 0)
            {
                continue;
            }

            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions.TryAdd(definition.Variable.Name.Value, definition);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                if (definitions.TryGetValue(usage.Node.Name.Value, out var definition))
                {
                    Check(context, definition, usage);
                }
            }
        }
    }

    private static void Check(ValidationContext context, VariableDefinitionNode definition, VariableUsage usage)
    {
        if (usage.Type is not { } locationType || TypeInfo.TypeFromSyntax(context.Schema, definition.Type) is not { } variableType)
        {
            return;
        }

        if (!IsVariableUsageAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.LocationDefaultValue))
        {
            context.ReportError(ValidationErrors.BadVariablePosition(definition, usage.Node, variableType, locationType));
            return;
        }

        if (usage.ParentType?.NullableType is InputObjectType { IsOneOf: true } oneOf && !variableType.IsNonNull)
        {
            context.ReportError(ValidationErrors.NullableVariableInOneOf(definition, usage.Node, variableType, oneOf));
        }
    }

    /// <summary>The spec's IsVariableUsageAllowed(variableDefinition, variableUsage).</summary>
    private static bool IsVariableUsageAllowed(
        Schema schema,
        GraphQLType variableType,
        ValueNode? variableDefaultValue,
        GraphQLType locationType,
        ValueNode? locationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && !variableType.IsNonNull)
        {
            var hasNonNullVariableDefault = variableDefaultValue is not null and not NullValueNode;
            var hasLocationDefault = locationDefaultValue is not null;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}

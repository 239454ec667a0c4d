using System.Globalization;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Cost;

/// <summary>
/// The weights of schema elements: an explicit <c>@cost(weight:)</c> wins; otherwise resolver
/// fields cost <see cref="CostOptions.DefaultResolverCost"/> (when the schema gives them an
/// asynchronous or batch resolver), composite fields 1, leaf fields 0, object types 1, and
/// arguments and input fields nothing (docs/conventions.md#cost-directives).
/// </summary>
internal static class CostWeights
{
    public static double OfField(FieldDefinition field, CostOptions options)
    {
        if (WeightOf(field.Directives) is { } weight)
        {
            return weight;
        }

        if (options.ApplyCostDefaults && field.Features.GetValueOrDefault(FieldResolver.FeatureKey) is FieldResolver { Kind: FieldResolverKind.Async or FieldResolverKind.Batch })
        {
            return options.DefaultResolverCost;
        }

        return field.Type.NamedType().IsCompositeType ? 1 : 0;
    }

    public static double OfType(NamedType type) => WeightOf(type.Directives) ?? (type.IsCompositeType ? 1 : 0);

    public static double OfInputValue(InputValueDefinition inputValue) => WeightOf(inputValue.Directives) ?? 0;

    private static double? WeightOf(IReadOnlyList<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name != CostDirectives.CostName)
            {
                continue;
            }

            var text = directive.GetArgument("weight") switch
            {
                StringValueNode s => s.Value,
                IntValueNode i => i.Value,
                FloatValueNode f => f.Value,
                _ => null,
            };
            if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                return weight;
            }
        }

        return null;
    }
}

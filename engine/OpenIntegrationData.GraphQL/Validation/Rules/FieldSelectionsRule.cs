using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.1 Field Selections: every selected field exists on the parent type (graphql-js
/// <c>FieldsOnCorrectTypeRule</c>). On an abstract type, the suggestion names the types that do
/// have the field, most used first; otherwise similar field names.
/// </summary>
public sealed class FieldSelectionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterField(ValidationContext context, FieldNode node)
    {
        if (context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;
        var suggestedTypes = SuggestedTypeNames(context.Schema, parentType, fieldName);
        IReadOnlyList<string> suggestedFields = suggestedTypes.Count == 0 && parentType is ComplexType complex
            ? SuggestionList.Create(fieldName, complex.Fields.Select(static f => f.Name))
            : [];
        context.ReportError(ValidationErrors.UnknownField(node, parentType, suggestedTypes, suggestedFields));
    }

    /// <summary>Types below an abstract type that define the field: interfaces used by more of them first, then by name.</summary>
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        var suggested = new List<ComplexType>();
        if (!type.IsAbstractType)
        {
            return [];
        }

        var usageCount = new Dictionary<ComplexType, int>();
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.FindField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.FindField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface] = count + 1;
            }
        }

        suggested.Sort((a, b) =>
        {
            var byUsage = usageCount[b] - usageCount[a];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return NaturalComparer.Instance.Compare(a.Name, b.Name);
        });
        return suggested.ConvertAll(static t => t.Name);
    }
}

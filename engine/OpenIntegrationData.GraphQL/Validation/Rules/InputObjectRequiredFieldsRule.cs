using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.6.4 Input Object Required Fields: an input object literal gives every field of
/// non-null type that has no default. An explicit <c>null</c> counts as given; Values of
/// Correct Type rejects it.
/// </summary>
public sealed class InputObjectRequiredFieldsRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode obj || context.TypeInfo.InputType?.NamedType() is not InputObjectType type)
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            if (field.IsRequired && !IsGiven(obj, field.Name))
            {
                context.ReportError(ValidationErrors.MissingInputField(obj, type, field));
            }
        }
    }

    private static bool IsGiven(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

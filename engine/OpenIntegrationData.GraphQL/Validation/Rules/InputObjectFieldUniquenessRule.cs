using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal names each field at most once.</summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode { Fields.Count: > 1 } obj)
        {
            return;
        }

        foreach (var (name, fields) in DuplicateNames.Find(obj.Fields, static f => f.Name.Value))
        {
            context.ReportError(ValidationErrors.DuplicateInputField(name, fields));
        }
    }
}

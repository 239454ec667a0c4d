using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.2 Input Object Field Names: every field of an input object literal is defined by its type.</summary>
public sealed class InputObjectFieldNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        // TypeInfo has entered the field: the parent input type is the object's type.
        if (context.TypeInfo.ParentInputType?.NamedType() is not InputObjectType type || type.Fields.Contains(node.Name.Value))
        {
            return;
        }

        var suggestions = SuggestionList.Create(node.Name.Value, type.Fields.Select(static f => f.Name));
        context.ReportError(ValidationErrors.UnknownInputField(node, type, suggestions));
    }
}

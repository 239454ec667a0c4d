using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the value rules (spec 5.6).</summary>
public static partial class ValidationErrors
{
    /// <summary>
    /// 5.6.1: the literal cannot be coerced. When the scalar or enum explains why
    /// (<paramref name="reason"/>), that explanation is the message, as graphql-js reports the
    /// scalar's own error; otherwise <c>Expected value of type "T", found v.</c>
    /// </summary>
    public static GraphQLError BadValue(ValueNode value, GraphQLType expectedType, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(expectedType);
        var message = reason ?? $"Expected value of type {Quote(expectedType.ToString())}, found {LiteralPrinter.Print(value)}.";
        return Spec(message, ValidationErrorCodes.ValuesOfCorrectType, "Values-of-Correct-Type", value);
    }

    /// <summary>
    /// 5.6.1: a single value where an input object belongs (<c>year: 2012</c> for an operation filter). graphql-js's
    /// message, followed by the shape it should have had when one field takes the value (<c>year: { eq: 2012 }</c>).
    /// </summary>
    public static GraphQLError InputObjectExpected(ValueNode value, GraphQLType expectedType, string? name, string? shape)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(expectedType);
        var message = $"Expected value of type {Quote(expectedType.ToString())}, found {LiteralPrinter.Print(value)}.";
        if (shape is not null)
        {
            message += $" {Quote(expectedType.NamedType().Name)} is an input object: write `{(name is null ? "" : name + ": ")}{shape}`.";
        }

        return Spec(message, ValidationErrorCodes.ValuesOfCorrectType, "Values-of-Correct-Type", value);
    }

    /// <summary>5.6.1 (spec 3.10.1): a <c>@oneOf</c> input object given no or several fields.</summary>
    public static GraphQLError OneOfNotExactlyOneField(ObjectValueNode value, InputObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Spec(
            $"OneOf Input Object {Quote(type.Name)} must specify exactly one key.",
            ValidationErrorCodes.ValuesOfCorrectType,
            "Values-of-Correct-Type",
            value);
    }

    /// <summary>5.6.1 (spec 3.10.1): the one field of a <c>@oneOf</c> input object is null.</summary>
    public static GraphQLError OneOfFieldNull(ObjectValueNode value, InputObjectType type, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Spec(
            $"Field {Quote(type.Name + "." + fieldName)} must be non-null.",
            ValidationErrorCodes.ValuesOfCorrectType,
            "Values-of-Correct-Type",
            value);
    }

    /// <summary>5.6.2</summary>
    public static GraphQLError UnknownInputField(ObjectFieldNode field, InputObjectType type, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);
        return Spec(
            $"Field {Quote(field.Name.Value)} is not defined by type {Quote(type.Name)}.{DidYouMean.Format(suggestions)}",
            ValidationErrorCodes.InputObjectFieldNames,
            "Input-Object-Field-Names",
            field);
    }

    /// <summary>5.6.3</summary>
    public static GraphQLError DuplicateInputField(string name, IReadOnlyList<ObjectFieldNode> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var names = new SyntaxNode[fields.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = fields[i].Name;
        }

        return Spec($"There can be only one input field named {Quote(name)}.", ValidationErrorCodes.InputObjectFieldUniqueness, "Input-Object-Field-Uniqueness", names);
    }

    /// <summary>5.6.4</summary>
    public static GraphQLError MissingInputField(ObjectValueNode value, InputObjectType type, InputValueDefinition field)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(field);
        return Spec(
            $"Field {Quote(type.Name + "." + field.Name)} of required type {Quote(field.Type.ToString())} was not provided.",
            ValidationErrorCodes.InputObjectRequiredFields,
            "Input-Object-Required-Fields",
            value);
    }
}

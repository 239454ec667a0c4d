using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the field and argument rules (spec 5.3, 5.4).</summary>
public static partial class ValidationErrors
{
    /// <summary>5.3.1; suggests inline fragments on types that have the field, else similar field names.</summary>
    public static GraphQLError UnknownField(FieldNode field, NamedType parentType, IReadOnlyList<string> suggestedTypes, IReadOnlyList<string> suggestedFields)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(parentType);
        var suggestion = suggestedTypes.Count > 0
            ? DidYouMean.Format(suggestedTypes, "to use an inline fragment on")
            : DidYouMean.Format(suggestedFields);
        return Spec(
            $"Cannot query field {Quote(field.Name.Value)} on type {Quote(parentType.Name)}.{suggestion}",
            ValidationErrorCodes.FieldSelections,
            "Field-Selections",
            field);
    }

    /// <summary>5.3.2: two fields with one response name that cannot be merged.</summary>
    public static GraphQLError FieldsConflict(string responseName, string reason, IReadOnlyList<FieldNode> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return Spec(
            $"Fields {Quote(responseName)} conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
            ValidationErrorCodes.FieldSelectionMerging,
            "Field-Selection-Merging",
            [.. fields]);
    }

    /// <summary>5.3.3: a selection set on a scalar or enum field.</summary>
    public static GraphQLError LeafFieldWithSelection(FieldNode field, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Spec(
            $"Field {Quote(field.Name.Value)} must not have a selection since type {Quote(type.ToString())} has no subfields.",
            ValidationErrorCodes.LeafFieldSelections,
            "Leaf-Field-Selections",
            field.SelectionSet);
    }

    /// <summary>5.3.3: a composite field without a selection set.</summary>
    public static GraphQLError CompositeFieldWithoutSelection(FieldNode field, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Name.Value;
        return Spec(
            $"Field {Quote(name)} of type {Quote(type.ToString())} must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
            ValidationErrorCodes.LeafFieldSelections,
            "Leaf-Field-Selections",
            field);
    }

    /// <summary>5.4.1 on a field.</summary>
    public static GraphQLError UnknownFieldArgument(ArgumentNode argument, NamedType parentType, FieldDefinition field, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(field);
        return Spec(
            $"Unknown argument {Quote(argument.Name.Value)} on field {Quote(parentType.Name + "." + field.Name)}.{DidYouMean.Format(suggestions)}",
            ValidationErrorCodes.ArgumentNames,
            "Argument-Names",
            argument);
    }

    /// <summary>5.4.1 on a directive.</summary>
    public static GraphQLError UnknownDirectiveArgument(ArgumentNode argument, DirectiveDefinition directive, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(directive);
        return Spec(
            $"Unknown argument {Quote(argument.Name.Value)} on directive {Quote("@" + directive.Name)}.{DidYouMean.Format(suggestions)}",
            ValidationErrorCodes.ArgumentNames,
            "Argument-Names",
            argument);
    }

    /// <summary>5.4.2</summary>
    public static GraphQLError DuplicateArgument(string name, IReadOnlyList<ArgumentNode> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var names = new SyntaxNode[arguments.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = arguments[i].Name;
        }

        return Spec($"There can be only one argument named {Quote(name)}.", ValidationErrorCodes.ArgumentUniqueness, "Argument-Uniqueness", names);
    }

    /// <summary>5.4.2.1 on a field.</summary>
    public static GraphQLError MissingFieldArgument(FieldNode field, FieldDefinition definition, InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(argument);
        return Spec(
            $"Field {Quote(definition.Name)} argument {Quote(argument.Name)} of type {Quote(argument.Type.ToString())} is required, but it was not provided.",
            ValidationErrorCodes.RequiredArguments,
            "Required-Arguments",
            field);
    }

    /// <summary>5.4.2.1 on a directive.</summary>
    public static GraphQLError MissingDirectiveArgument(DirectiveNode directive, DirectiveDefinition definition, InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(argument);
        return Spec(
            $"Directive {Quote("@" + definition.Name)} argument {Quote(argument.Name)} of type {Quote(argument.Type.ToString())} is required, but it was not provided.",
            ValidationErrorCodes.RequiredArguments,
            "Required-Arguments",
            directive);
    }
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// One validation rule. The <see cref="DocumentValidator"/> walks the document once and calls
/// the enter/leave methods of every rule that overrides them, with <see cref="ValidationContext.TypeInfo"/>
/// describing the position (graphql-js parallel visitor). Rules never walk the tree themselves;
/// facts that span definitions (fragment spreads, variable usages) come from the context, complete
/// by <see cref="LeaveDocument"/>. A rule instance lives for one validation, so it may keep state.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Before the first definition.</summary>
    public virtual void EnterDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>After the last definition; every cross-definition fact is known here.</summary>
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Entering an operation.</summary>
    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    /// <summary>Leaving an operation.</summary>
    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
    }

    /// <summary>Entering a fragment definition.</summary>
    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
    }

    /// <summary>Entering a variable definition.</summary>
    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node)
    {
    }

    /// <summary>Entering a selection set.</summary>
    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
    }

    /// <summary>Entering a field.</summary>
    public virtual void EnterField(ValidationContext context, FieldNode node)
    {
    }

    /// <summary>Entering an inline fragment.</summary>
    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode node)
    {
    }

    /// <summary>Entering a fragment spread.</summary>
    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
    }

    /// <summary>Entering a directive; <paramref name="location"/> is where it is applied.</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode node, SyntaxNode location)
    {
    }

    /// <summary>Entering a list of directives applied at one location.</summary>
    public virtual void EnterDirectives(ValidationContext context, IReadOnlyList<DirectiveNode> directives, SyntaxNode location)
    {
    }

    /// <summary>Entering the argument list of a field or directive.</summary>
    public virtual void EnterArguments(ValidationContext context, IReadOnlyList<ArgumentNode> arguments, SyntaxNode owner)
    {
    }

    /// <summary>Entering an argument.</summary>
    public virtual void EnterArgument(ValidationContext context, ArgumentNode node)
    {
    }

    /// <summary>Entering a value: a variable, a list, an object or a scalar/enum/null literal.</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode node)
    {
    }

    /// <summary>Leaving a value.</summary>
    public virtual void LeaveValue(ValidationContext context, ValueNode node)
    {
    }

    /// <summary>Entering a field of an input object value.</summary>
    public virtual void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
    }
}

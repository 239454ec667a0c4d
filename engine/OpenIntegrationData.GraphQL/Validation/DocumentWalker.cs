using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// The one walk over a document (house style habit 2, graphql-js <c>validate</c> with a
/// parallel visitor): keeps <see cref="TypeInfo"/> in step, records the per-definition facts
/// of <see cref="ValidationContext"/>, and calls every rule that handles the current event.
/// Fragment definitions are walked where they stand, spreads are not followed. Type system
/// definitions are not walked; Executable Definitions reports them.
/// </summary>
internal sealed partial class DocumentWalker(ValidationContext context, RuleEvents events)
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;

    public void Walk(DocumentNode document)
    {
        foreach (var rule in events.EnterDocument)
        {
            rule.EnterDocument(context, document);
        }

        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            if (context.IsAborted)
            {
                return;
            }

            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkFragmentDefinition(fragment);
                    break;
            }
        }

        foreach (var rule in events.LeaveDocument)
        {
            if (context.IsAborted)
            {
                return;
            }

            rule.LeaveDocument(context, document);
        }
    }

    private void WalkOperation(OperationDefinitionNode operation)
    {
        context.BeginDefinition(operation);
        _typeInfo.EnterOperation(operation);
        foreach (var rule in events.EnterOperation)
        {
            rule.EnterOperation(context, operation);
        }

        var variables = operation.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            WalkVariableDefinition(variables[i]);
        }

        WalkDirectives(operation.Directives, operation);
        WalkSelectionSet(operation.SelectionSet, 0);
        foreach (var rule in events.LeaveOperation)
        {
            rule.LeaveOperation(context, operation);
        }

        _typeInfo.LeaveTyped();
    }

    private void WalkVariableDefinition(VariableDefinitionNode variable)
    {
        _typeInfo.EnterVariableDefinition(variable);
        foreach (var rule in events.EnterVariableDefinition)
        {
            rule.EnterVariableDefinition(context, variable);
        }

        if (variable.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(variable.Directives, variable);
        _typeInfo.LeaveInput();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode fragment)
    {
        context.BeginDefinition(fragment);
        _typeInfo.EnterFragmentDefinition(fragment);
        foreach (var rule in events.EnterFragmentDefinition)
        {
            rule.EnterFragmentDefinition(context, fragment);
        }

        WalkDirectives(fragment.Directives, fragment);
        WalkSelectionSet(fragment.SelectionSet, 0);
        _typeInfo.LeaveTyped();
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet, int fieldDepth)
    {
        _typeInfo.EnterSelectionSet();
        foreach (var rule in events.EnterSelectionSet)
        {
            rule.EnterSelectionSet(context, selectionSet);
        }

        // Index loops: enumerating IReadOnlyList through its interface would allocate per node.
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            if (context.IsAborted)
            {
                break;
            }

            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field, fieldDepth + 1);
                    break;
                case InlineFragmentNode inlineFragment:
                    WalkInlineFragment(inlineFragment, fieldDepth);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread, fieldDepth);
                    break;
            }
        }

        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode field, int fieldDepth)
    {
        context.RecordFieldDepth(fieldDepth);
        _typeInfo.EnterField(field);
        foreach (var rule in events.EnterField)
        {
            rule.EnterField(context, field);
        }

        WalkArguments(field.Arguments, field);
        WalkDirectives(field.Directives, field);
        if (field.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet, fieldDepth);
        }

        _typeInfo.LeaveField();
    }

    private void WalkInlineFragment(InlineFragmentNode inlineFragment, int fieldDepth)
    {
        _typeInfo.EnterInlineFragment(inlineFragment);
        foreach (var rule in events.EnterInlineFragment)
        {
            rule.EnterInlineFragment(context, inlineFragment);
        }

        WalkDirectives(inlineFragment.Directives, inlineFragment);
        WalkSelectionSet(inlineFragment.SelectionSet, fieldDepth);
        _typeInfo.LeaveTyped();
    }

    private void WalkFragmentSpread(FragmentSpreadNode spread, int fieldDepth)
    {
        context.RecordSpread(spread, fieldDepth);
        foreach (var rule in events.EnterFragmentSpread)
        {
            rule.EnterFragmentSpread(context, spread);
        }

        WalkDirectives(spread.Directives, spread);
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, SyntaxNode location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        foreach (var rule in events.EnterDirectives)
        {
            rule.EnterDirectives(context, directives, location);
        }

        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            _typeInfo.EnterDirective(directive);
            foreach (var rule in events.EnterDirective)
            {
                rule.EnterDirective(context, directive, location);
            }

            WalkArguments(directive.Arguments, directive);
            _typeInfo.LeaveDirective();
        }
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments, SyntaxNode owner)
    {
        // Rules see the (possibly empty) list so that missing required arguments are found.
        foreach (var rule in events.EnterArguments)
        {
            rule.EnterArguments(context, arguments, owner);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            _typeInfo.EnterArgument(argument);
            foreach (var rule in events.EnterArgument)
            {
                rule.EnterArgument(context, argument);
            }

            WalkValue(argument.Value);
            _typeInfo.LeaveArgument();
        }
    }
}

namespace OpenIntegrationData.GraphQL.Language;

public static partial class Parser
{
    /// <summary>Operations, selections and fragments (spec 2.3–2.8, 2.10).</summary>
    private ref partial struct Session
    {
        /// <summary>
        /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives?
        /// SelectionSet | SelectionSet (spec 2.3; descriptions since September 2025).
        /// </summary>
        private OperationDefinitionNode ParseOperationDefinition()
        {
            var start = _lexer.Token;
            if (Peek(TokenKind.LeftBrace))
            {
                var shorthand = ParseSelectionSet();
                return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand, Loc(start));
            }

            var description = ParseDescription();
            var operation = ParseOperationType();
            var name = Peek(TokenKind.Name) ? ParseName() : null;
            var variableDefinitions = ParseVariableDefinitions();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet, Loc(start), description);
        }

        /// <summary>OperationType : one of query mutation subscription (spec 2.3).</summary>
        private OperationType ParseOperationType()
        {
            OperationType? operation = _lexer.Kind != TokenKind.Name ? null : _lexer.Text switch
            {
                "query" => OperationType.Query,
                "mutation" => OperationType.Mutation,
                "subscription" => OperationType.Subscription,
                _ => null,
            };

            if (operation is null)
            {
                throw SyntaxErrors.ExpectedOperationType(in _lexer);
            }

            Advance();
            return operation.Value;
        }

        /// <summary>VariablesDefinition : ( VariableDefinition+ ) (spec 2.10).</summary>
        private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
        {
            if (!Skip(TokenKind.LeftParenthesis))
            {
                return [];
            }

            var definitionsStart = BeginList();
            do
            {
                AddItem(ParseVariableDefinition());
            }
            while (!Skip(TokenKind.RightParenthesis));

            return EndList<VariableDefinitionNode>(definitionsStart);
        }

        /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (spec 2.10).</summary>
        private VariableDefinitionNode ParseVariableDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            var variable = ParseVariable();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = Skip(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return new VariableDefinitionNode(variable, type, defaultValue, directives, Loc(start), description);
        }

        /// <summary>Variable : $ Name (spec 2.10).</summary>
        private VariableNode ParseVariable()
        {
            var start = _lexer.Token;
            Expect(TokenKind.Dollar);
            var name = ParseName();
            return new VariableNode(name, Loc(start));
        }

        /// <summary>SelectionSet : { Selection+ } (spec 2.4).</summary>
        private SelectionSetNode ParseSelectionSet()
        {
            var start = _lexer.Token;
            if (!Peek(TokenKind.LeftBrace))
            {
                throw SyntaxErrors.ExpectedToken(TokenKind.LeftBrace, in _lexer);
            }

            EnterNesting();
            Advance();
            var selectionsStart = BeginList();
            do
            {
                AddItem(ParseSelection());
            }
            while (!Skip(TokenKind.RightBrace));

            var selections = EndList<SelectionNode>(selectionsStart);

            ExitNesting();
            return new SelectionSetNode(selections, Loc(start));
        }

        /// <summary>Selection : Field | FragmentSpread | InlineFragment (spec 2.4).</summary>
        private SelectionNode ParseSelection() =>
            Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

        /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5, 2.7).</summary>
        private FieldNode ParseField()
        {
            var start = _lexer.Token;
            var nameOrAlias = ParseName();
            NameNode? alias = null;
            var name = nameOrAlias;
            if (Skip(TokenKind.Colon))
            {
                alias = nameOrAlias;
                name = ParseName();
            }

            var arguments = ParseArguments(isConst: false);
            var directives = ParseDirectives(isConst: false);
            var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
            return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
        }

        /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (spec 2.6).</summary>
        private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
        {
            if (!Skip(TokenKind.LeftParenthesis))
            {
                return [];
            }

            var argumentsStart = BeginList();
            do
            {
                AddItem(ParseArgument(isConst));
            }
            while (!Skip(TokenKind.RightParenthesis));

            return EndList<ArgumentNode>(argumentsStart);
        }

        /// <summary>Argument[Const] : Name : Value[?Const] (spec 2.6).</summary>
        private ArgumentNode ParseArgument(bool isConst)
        {
            var start = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new ArgumentNode(name, value, Loc(start));
        }

        /// <summary>
        /// FragmentSpread : ... FragmentName Directives? and InlineFragment : ... TypeCondition?
        /// Directives? SelectionSet (spec 2.8). After the spread, <c>on</c> starts a type condition.
        /// </summary>
        private SelectionNode ParseFragment()
        {
            var start = _lexer.Token;
            Expect(TokenKind.Spread);
            var hasTypeCondition = SkipKeyword("on");
            if (!hasTypeCondition && Peek(TokenKind.Name))
            {
                var name = ParseName();
                var spreadDirectives = ParseDirectives(isConst: false);
                return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
            }

            var typeCondition = hasTypeCondition ? ParseNamedType() : null;
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
        }

        /// <summary>
        /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives?
        /// SelectionSet (spec 2.8; descriptions since September 2025).
        /// </summary>
        private FragmentDefinitionNode ParseFragmentDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("fragment");
            var name = ParseFragmentName();
            ExpectKeyword("on");
            var typeCondition = ParseNamedType();
            var directives = ParseDirectives(isConst: false);
            var selectionSet = ParseSelectionSet();
            return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, Loc(start), description);
        }

        /// <summary>FragmentName : Name but not <c>on</c> (spec 2.8).</summary>
        private NameNode ParseFragmentName()
        {
            if (_lexer.IsKeyword("on"))
            {
                throw SyntaxErrors.FragmentNamedOn(in _lexer);
            }

            return ParseName();
        }

        /// <summary>Directives[Const] : Directive[?Const]+ (spec 2.12); empty when none follow.</summary>
        private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
        {
            if (!Peek(TokenKind.At))
            {
                return [];
            }

            var directivesStart = BeginList();
            do
            {
                AddItem(ParseDirective(isConst));
            }
            while (Peek(TokenKind.At));

            return EndList<DirectiveNode>(directivesStart);
        }

        /// <summary>Directive[Const] : @ Name Arguments[?Const]? (spec 2.12).</summary>
        private DirectiveNode ParseDirective(bool isConst)
        {
            var start = _lexer.Token;
            Expect(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            return new DirectiveNode(name, arguments, Loc(start));
        }
    }
}

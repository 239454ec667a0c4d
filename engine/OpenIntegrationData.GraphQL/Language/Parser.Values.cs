namespace OpenIntegrationData.GraphQL.Language;

public static partial class Parser
{
    /// <summary>Input values and type references (spec 2.9, 2.11).</summary>
    private ref partial struct Session
    {
        /// <summary>
        /// Value[Const] (spec 2.9): variables only where not constant (default values and
        /// type-system directives are constant).
        /// </summary>
        public ValueNode ParseValueLiteral(bool isConst)
        {
            var start = _lexer.Token;
            switch (_lexer.Kind)
            {
                case TokenKind.LeftBracket:
                    return ParseListValue(isConst);
                case TokenKind.LeftBrace:
                    return ParseObjectValue(isConst);
                case TokenKind.Integer:
                    var integer = new string(_lexer.Text);
                    Advance();
                    return new IntValueNode(integer, Loc(start));
                case TokenKind.Float:
                    var number = new string(_lexer.Text);
                    Advance();
                    return new FloatValueNode(number, Loc(start));
                case TokenKind.String or TokenKind.BlockString:
                    return ParseStringLiteral();
                case TokenKind.Name:
                    return ParseNameValue();
                case TokenKind.Dollar when isConst:
                    var next = _lexer.Peek();
                    throw next.Kind == TokenKind.Name
                        ? SyntaxErrors.VariableInConstantValue(in _lexer, new string(next.Text))
                        : SyntaxErrors.ExpectedValue(in _lexer);
                case TokenKind.Dollar:
                    return ParseVariable();
                default:
                    throw SyntaxErrors.ExpectedValue(in _lexer);
            }
        }

        /// <summary>BooleanValue, NullValue or EnumValue: a name in value position (spec 2.9.3, 2.9.5, 2.9.6).</summary>
        private ValueNode ParseNameValue()
        {
            var start = _lexer.Token;
            if (_lexer.IsKeyword("true") || _lexer.IsKeyword("false"))
            {
                var value = _lexer.IsKeyword("true");
                Advance();
                return new BooleanValueNode(value, Loc(start));
            }

            if (_lexer.IsKeyword("null"))
            {
                Advance();
                return new NullValueNode(Loc(start));
            }

            var name = _names.Get(_lexer.Text);
            Advance();
            return new EnumValueNode(name, Loc(start));
        }

        /// <summary>StringValue (spec 2.9.4): quoted or block, escapes resolved.</summary>
        private StringValueNode ParseStringLiteral()
        {
            var start = _lexer.Token;
            var value = _lexer.GetStringValue();
            var block = _lexer.Kind == TokenKind.BlockString;
            Advance();
            return new StringValueNode(value, block, Loc(start));
        }

        /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ] (spec 2.9.7).</summary>
        private ListValueNode ParseListValue(bool isConst)
        {
            var start = _lexer.Token;
            EnterNesting();
            Advance();
            var valuesStart = BeginList();
            while (!Skip(TokenKind.RightBracket))
            {
                AddItem(ParseValueLiteral(isConst));
            }

            var values = EndList<ValueNode>(valuesStart);

            ExitNesting();
            return new ListValueNode(values, Loc(start));
        }

        /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ } (spec 2.9.8).</summary>
        private ObjectValueNode ParseObjectValue(bool isConst)
        {
            var start = _lexer.Token;
            EnterNesting();
            Advance();
            var fieldsStart = BeginList();
            while (!Skip(TokenKind.RightBrace))
            {
                AddItem(ParseObjectField(isConst));
            }

            var fields = EndList<ObjectFieldNode>(fieldsStart);

            ExitNesting();
            return new ObjectValueNode(fields, Loc(start));
        }

        /// <summary>ObjectField[Const] : Name : Value[?Const] (spec 2.9.8).</summary>
        private ObjectFieldNode ParseObjectField(bool isConst)
        {
            var start = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            return new ObjectFieldNode(name, value, Loc(start));
        }

        /// <summary>Type : NamedType | ListType | NonNullType (spec 2.11).</summary>
        public TypeNode ParseTypeReference()
        {
            var start = _lexer.Token;
            TypeNode type;
            if (Peek(TokenKind.LeftBracket))
            {
                EnterNesting();
                Advance();
                var itemType = ParseTypeReference();
                Expect(TokenKind.RightBracket);
                ExitNesting();
                type = new ListTypeNode(itemType, Loc(start));
            }
            else
            {
                type = ParseNamedType();
            }

            return Skip(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
        }

        /// <summary>NamedType : Name (spec 2.11).</summary>
        private NamedTypeNode ParseNamedType()
        {
            var start = _lexer.Token;
            var name = ParseName();
            return new NamedTypeNode(name, Loc(start));
        }
    }
}

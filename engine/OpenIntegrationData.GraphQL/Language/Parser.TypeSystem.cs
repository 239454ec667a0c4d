namespace OpenIntegrationData.GraphQL.Language;

public static partial class Parser
{
    /// <summary>Type-system definitions and extensions (spec 3).</summary>
    private ref partial struct Session
    {
        /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec 3.3).</summary>
        private SchemaDefinitionNode ParseSchemaDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            Expect(TokenKind.LeftBrace);
            var operationTypes = ParseRootOperationTypeDefinitions();
            return new SchemaDefinitionNode(description, directives, operationTypes, Loc(start));
        }

        /// <summary>The RootOperationTypeDefinition+ after an opening brace, up to the closing one.</summary>
        private IReadOnlyList<OperationTypeDefinitionNode> ParseRootOperationTypeDefinitions()
        {
            var operationTypesStart = BeginList();
            do
            {
                var start = _lexer.Token;
                var operation = ParseOperationType();
                Expect(TokenKind.Colon);
                var type = ParseNamedType();
                AddItem(new OperationTypeDefinitionNode(operation, type, Loc(start)));
            }
            while (!Skip(TokenKind.RightBrace));

            return EndList<OperationTypeDefinitionNode>(operationTypesStart);
        }

        /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5).</summary>
        private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return new ScalarTypeDefinitionNode(description, name, directives, Loc(start));
        }

        /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.6).</summary>
        private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
        }

        /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)* (spec 3.6).</summary>
        private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
        {
            if (!SkipKeyword("implements"))
            {
                return [];
            }

            Skip(TokenKind.Ampersand);
            var interfacesStart = BeginList();
            do
            {
                AddItem(ParseNamedType());
            }
            while (Skip(TokenKind.Ampersand));

            return EndList<NamedTypeNode>(interfacesStart);
        }

        /// <summary>FieldsDefinition : { FieldDefinition+ } (spec 3.6); empty when absent.</summary>
        private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
        {
            if (!Skip(TokenKind.LeftBrace))
            {
                return [];
            }

            var fieldsStart = BeginList();
            do
            {
                AddItem(ParseFieldDefinition());
            }
            while (!Skip(TokenKind.RightBrace));

            return EndList<FieldDefinitionNode>(fieldsStart);
        }

        /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (spec 3.6).</summary>
        private FieldDefinitionNode ParseFieldDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentsDefinition();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(isConst: true);
            return new FieldDefinitionNode(description, name, arguments, type, directives, Loc(start));
        }

        /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ) (spec 3.6.1); empty when absent.</summary>
        private IReadOnlyList<InputValueDefinitionNode> ParseArgumentsDefinition() =>
            Skip(TokenKind.LeftParenthesis) ? ParseInputValueDefinitions(TokenKind.RightParenthesis) : [];

        /// <summary>InputValueDefinition+ up to and including <paramref name="close"/>.</summary>
        private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind close)
        {
            var definitionsStart = BeginList();
            do
            {
                AddItem(ParseInputValueDefinition());
            }
            while (!Skip(close));

            return EndList<InputValueDefinitionNode>(definitionsStart);
        }

        /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (spec 3.6.1).</summary>
        private InputValueDefinitionNode ParseInputValueDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = Skip(TokenKind.Equal) ? ParseValueLiteral(isConst: true) : null;
            var directives = ParseDirectives(isConst: true);
            return new InputValueDefinitionNode(description, name, type, defaultValue, directives, Loc(start));
        }

        /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.7).</summary>
        private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields, Loc(start));
        }

        /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8).</summary>
        private UnionTypeDefinitionNode ParseUnionTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            return new UnionTypeDefinitionNode(description, name, directives, types, Loc(start));
        }

        /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)* (spec 3.8); empty when absent.</summary>
        private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
        {
            if (!Skip(TokenKind.Equal))
            {
                return [];
            }

            Skip(TokenKind.Pipe);
            var typesStart = BeginList();
            do
            {
                AddItem(ParseNamedType());
            }
            while (Skip(TokenKind.Pipe));

            return EndList<NamedTypeNode>(typesStart);
        }

        /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9).</summary>
        private EnumTypeDefinitionNode ParseEnumTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            return new EnumTypeDefinitionNode(description, name, directives, values, Loc(start));
        }

        /// <summary>EnumValuesDefinition : { EnumValueDefinition+ } (spec 3.9); empty when absent.</summary>
        private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
        {
            if (!Skip(TokenKind.LeftBrace))
            {
                return [];
            }

            var valuesStart = BeginList();
            do
            {
                AddItem(ParseEnumValueDefinition());
            }
            while (!Skip(TokenKind.RightBrace));

            return EndList<EnumValueDefinitionNode>(valuesStart);
        }

        /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? — EnumValue is a Name but not true, false or null (spec 3.9).</summary>
        private EnumValueDefinitionNode ParseEnumValueDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            if (_lexer.IsKeyword("true") || _lexer.IsKeyword("false") || _lexer.IsKeyword("null"))
            {
                throw SyntaxErrors.ReservedEnumValue(in _lexer);
            }

            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            return new EnumValueDefinitionNode(description, name, directives, Loc(start));
        }

        /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec 3.10).</summary>
        private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            return new InputObjectTypeDefinitionNode(description, name, directives, fields, Loc(start));
        }

        /// <summary>InputFieldsDefinition : { InputValueDefinition+ } (spec 3.10); empty when absent.</summary>
        private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
            Skip(TokenKind.LeftBrace) ? ParseInputValueDefinitions(TokenKind.RightBrace) : [];

        /// <summary>
        /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on
        /// DirectiveLocations (spec 3.13).
        /// </summary>
        private DirectiveDefinitionNode ParseDirectiveDefinition()
        {
            var start = _lexer.Token;
            var description = ParseDescription();
            ExpectKeyword("directive");
            Expect(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArgumentsDefinition();
            var repeatable = SkipKeyword("repeatable");
            ExpectKeyword("on");
            var locations = ParseDirectiveLocations();
            return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations, Loc(start));
        }

        /// <summary>DirectiveLocations : |? DirectiveLocation (| DirectiveLocation)* (spec 3.13).</summary>
        private IReadOnlyList<NameNode> ParseDirectiveLocations()
        {
            Skip(TokenKind.Pipe);
            var locationsStart = BeginList();
            do
            {
                var start = _lexer.Token;
                var location = ParseName();
                if (!DirectiveLocations.IsKnown(location.Value))
                {
                    throw SyntaxErrors.UnknownDirectiveLocation(location.Value, in start);
                }

                AddItem(location);
            }
            while (Skip(TokenKind.Pipe));

            return EndList<NameNode>(locationsStart);
        }

        /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1, 3.3.2, 3.4.3).</summary>
        private DefinitionNode ParseTypeSystemExtension()
        {
            var keyword = _lexer.Peek();
            if (keyword.Kind != TokenKind.Name)
            {
                Advance();
                throw SyntaxErrors.Unexpected(in _lexer);
            }

            switch (keyword.Text)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
                default:
                    Advance();
                    throw SyntaxErrors.Unexpected(in _lexer);
            }
        }

        /// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] (spec 3.3.2).</summary>
        private SchemaExtensionNode ParseSchemaExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            IReadOnlyList<OperationTypeDefinitionNode> operationTypes = Skip(TokenKind.LeftBrace) ? ParseRootOperationTypeDefinitions() : [];
            if (directives.Count == 0 && operationTypes.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new SchemaExtensionNode(directives, operationTypes, Loc(start));
        }

        /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (spec 3.5.1).</summary>
        private ScalarTypeExtensionNode ParseScalarTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("scalar");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            if (directives.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new ScalarTypeExtensionNode(name, directives, Loc(start));
        }

        /// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? — at least one (spec 3.6.3).</summary>
        private ObjectTypeExtensionNode ParseObjectTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("type");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
        }

        /// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? — at least one (spec 3.7.1).</summary>
        private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("interface");
            var name = ParseName();
            var interfaces = ParseImplementsInterfaces();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseFieldsDefinition();
            if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
        }

        /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes? — at least one (spec 3.8.1).</summary>
        private UnionTypeExtensionNode ParseUnionTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("union");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var types = ParseUnionMemberTypes();
            if (directives.Count == 0 && types.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new UnionTypeExtensionNode(name, directives, types, Loc(start));
        }

        /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition? — at least one (spec 3.9.1).</summary>
        private EnumTypeExtensionNode ParseEnumTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("enum");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var values = ParseEnumValuesDefinition();
            if (directives.Count == 0 && values.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new EnumTypeExtensionNode(name, directives, values, Loc(start));
        }

        /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition? — at least one (spec 3.10.1).</summary>
        private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
        {
            var start = _lexer.Token;
            ExpectKeyword("extend");
            ExpectKeyword("input");
            var name = ParseName();
            var directives = ParseDirectives(isConst: true);
            var fields = ParseInputFieldsDefinition();
            if (directives.Count == 0 && fields.Count == 0)
            {
                throw SyntaxErrors.EmptyExtension(in _lexer);
            }

            return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
        }
    }
}

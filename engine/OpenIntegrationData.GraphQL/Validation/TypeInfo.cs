using OpenIntegrationData.GraphQL.Introspection;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// What the schema says about the current position of the walk (graphql-js <c>TypeInfo</c>):
/// the output type, the composite parent type, the field, directive and argument definitions,
/// the expected input type and its default value. Every member is null where the document
/// refers to something the schema does not have; rules that report those gaps do so once, the
/// others stay silent.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<FieldDefinition?> _fields = [];
    private readonly List<GraphQLType?> _inputTypes = [];
    private readonly List<ValueNode?> _defaultValues = [];
    private bool _inDirective;

    internal TypeInfo(Schema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => _types.Count > 0 ? _types[^1] : null;

    /// <summary>The composite type whose selection set the walk is in.</summary>
    public NamedType? ParentType => _parentTypes.Count > 0 ? _parentTypes[^1] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => _fields.Count > 0 ? _fields[^1] : null;

    /// <summary>The type the current value must have.</summary>
    public GraphQLType? InputType => _inputTypes.Count > 0 ? _inputTypes[^1] : null;

    /// <summary>The type of the value around the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypes.Count > 1 ? _inputTypes[^2] : null;

    /// <summary>The default of the argument or input field the current value is given for.</summary>
    public ValueNode? DefaultValue => _defaultValues.Count > 0 ? _defaultValues[^1] : null;

    /// <summary>The definition of the current directive.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>
    /// The type a type reference names, or null when a named type in it does not exist
    /// (graphql-js <c>typeFromAST</c>). Introspection types count as types of the schema.
    /// </summary>
    public static GraphQLType? TypeFromSyntax(Schema schema, TypeNode node)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case NamedTypeNode named:
                return IntrospectionTypes.FindType(schema, named.Name.Value);
            case ListTypeNode list:
                var item = TypeFromSyntax(schema, list.Type);
                return item is null ? null : new ListType(item);
            case NonNullTypeNode nonNull:
                var inner = TypeFromSyntax(schema, nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    /// <summary>The field of a composite type, including the introspection meta-fields.</summary>
    public FieldDefinition? FindField(NamedType parentType, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.StartsWith("__", StringComparison.Ordinal) && IntrospectionFields.Find(_schema, parentType, fieldName) is { } meta)
        {
            return meta;
        }

        return parentType is ComplexType complex ? complex.FindField(fieldName) : null;
    }

    internal void EnterOperation(OperationDefinitionNode node) => _types.Add(_schema.GetRootType(node.Operation));

    internal void EnterFragmentDefinition(FragmentDefinitionNode node) => _types.Add(OutputTypeOrNull(TypeFromSyntax(_schema, node.TypeCondition)));

    internal void EnterInlineFragment(InlineFragmentNode node)
    {
        var type = node.TypeCondition is null ? NamedTypeOrNull(Type) : TypeFromSyntax(_schema, node.TypeCondition);
        _types.Add(OutputTypeOrNull(type));
    }

    internal void LeaveTyped() => _types.RemoveAt(_types.Count - 1);

    internal void EnterSelectionSet()
    {
        var named = NamedTypeOrNull(Type);
        _parentTypes.Add(named is { IsCompositeType: true } ? named : null);
    }

    internal void LeaveSelectionSet() => _parentTypes.RemoveAt(_parentTypes.Count - 1);

    internal void EnterField(FieldNode node)
    {
        var parent = ParentType;
        var field = parent is null ? null : FindField(parent, node.Name.Value);
        _fields.Add(field);
        _types.Add(OutputTypeOrNull(field?.Type));
    }

    internal void LeaveField()
    {
        _fields.RemoveAt(_fields.Count - 1);
        _types.RemoveAt(_types.Count - 1);
    }

    internal void EnterDirective(DirectiveNode node)
    {
        _inDirective = true;
        Directive = _schema.FindDirective(node.Name.Value);
    }

    internal void LeaveDirective()
    {
        _inDirective = false;
        Directive = null;
    }

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        _inputTypes.Add(InputTypeOrNull(TypeFromSyntax(_schema, node.Type)));
        _defaultValues.Add(null);
    }

    internal void EnterArgument(ArgumentNode node)
    {
        // Arguments of an unknown directive have no definition, even on a field that has arguments of that name.
        var arguments = _inDirective ? Directive?.Arguments : FieldDefinition?.Arguments;
        var argument = arguments?.Find(node.Name.Value);
        Argument = argument;
        _inputTypes.Add(InputTypeOrNull(argument?.Type));
        _defaultValues.Add(argument?.DefaultValue);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        LeaveInput();
    }

    internal void EnterListValue()
    {
        var nullable = InputType?.NullableType;
        var item = nullable is ListType list ? list.OfType : nullable;
        _inputTypes.Add(InputTypeOrNull(item));
        _defaultValues.Add(null);
    }

    internal void EnterObjectField(ObjectFieldNode node)
    {
        var field = NamedTypeOrNull(InputType) is InputObjectType inputObject ? inputObject.Fields.Find(node.Name.Value) : null;
        _inputTypes.Add(InputTypeOrNull(field?.Type));
        _defaultValues.Add(field?.DefaultValue);
    }

    internal void LeaveInput()
    {
        _inputTypes.RemoveAt(_inputTypes.Count - 1);
        _defaultValues.RemoveAt(_defaultValues.Count - 1);
    }

    private static NamedType? NamedTypeOrNull(GraphQLType? type) => type?.NamedType();

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) => type is { IsOutputType: true } ? type : null;

    private static GraphQLType? InputTypeOrNull(GraphQLType? type) => type is { IsInputType: true } ? type : null;
}

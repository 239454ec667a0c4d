using System.Diagnostics.CodeAnalysis;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// A validated, immutable schema (spec 3.3): root operation types, all named types, directive
/// definitions, and the relations between abstract types and their implementations. Built by
/// <see cref="Building.SchemaBuilder"/>; safe to share between requests.
/// </summary>
public sealed partial class Schema : IHasDirectives
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;

    internal Schema(
        string? description,
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IReadOnlyList<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directiveDefinitions,
        IReadOnlyList<AppliedDirective> directives,
        IReadOnlyDictionary<string, object?> features)
    {
        Description = description;
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Types = types;
        DirectiveDefinitions = directiveDefinitions;
        Directives = directives;
        Features = features;
        _types = types.ToDictionary(static t => t.Name, StringComparer.Ordinal);

        // The introspection types (spec 4.2) can be named in documents (`... on __Type`) and by `__type(name:)`.
        foreach (var introspectionType in Introspection.IntrospectionTypes.All)
        {
            _types.TryAdd(introspectionType.Name, introspectionType);
        }

        _directives = directiveDefinitions.ToDictionary(static d => d.Name, StringComparer.Ordinal);
        (_possibleTypes, _implementations) = IndexAbstractTypes(types);
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The root type of queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type of mutations, or null when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type of subscriptions, or null when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types in definition order, followed by the built-in scalars in use.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    /// <summary>All directive definitions: the built-in ones first, then those of the schema.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <inheritdoc />
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Features { get; }

    /// <summary>The root type for an operation, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The named type with the given name, or null.</summary>
    public NamedType? FindType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The named type with the given name and kind, or null.</summary>
    public TType? FindType<TType>(string name)
        where TType : NamedType => _types.GetValueOrDefault(name) as TType;

    /// <summary>Finds a named type.</summary>
    public bool TryGetType(string name, [NotNullWhen(true)] out NamedType? type) => _types.TryGetValue(name, out type);

    /// <summary>
    /// The type a type reference in a document stands for, e.g. the type of a variable
    /// definition (graphql-js <c>typeFromAST</c>); null when the named type does not exist.
    /// </summary>
    public GraphQLType? TypeFromSyntax(TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => FindType(named.Name.Value),
        ListTypeNode list => TypeFromSyntax(list.Type)?.ToList(),
        NonNullTypeNode nonNull => TypeFromSyntax(nonNull.Type)?.ToNonNull(),
        _ => null,
    };

    /// <summary>The directive definition with the given name (without at sign), or null.</summary>
    public DirectiveDefinition? FindDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>
    /// The field of <paramref name="parentType"/> with the given name, or null. Introspection's
    /// meta-fields are not part of the type model and are resolved by the layers above.
    /// </summary>
    public static FieldDefinition? FindField(NamedType parentType, string fieldName) =>
        parentType is ComplexType complex ? complex.FindField(fieldName) : null;
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>
/// Builds a <see cref="Schema"/> in code. Types may refer to each other by name in any order;
/// <see cref="Build"/> resolves the references, validates the whole schema (spec 3) and throws
/// a <see cref="SchemaException"/> listing every problem when it is invalid.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddObjectType("Query", t => t
///         .Field("district", "District", f => f.Argument("id", "ID!")))
///     .AddObjectType("District", t => t
///         .Description("An administrative district.")
///         .Field("name", "String!"))
///     .Build();
/// </code>
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<object> _types = [];
    private readonly List<DirectiveDefinitionBuilder> _directives = [];
    private readonly List<TypeExtension> _extensions = [];
    private readonly SchemaDefinitionBuilder _schema = new();

    internal IReadOnlyList<object> TypeBuilders => _types;

    internal IReadOnlyList<DirectiveDefinitionBuilder> DirectiveBuilders => _directives;

    internal SchemaDefinitionBuilder SchemaDefinition => _schema;

    internal bool CostDirectivesEnabled { get; private set; }

    /// <summary>Sets the schema description.</summary>
    public SchemaBuilder Description(string? description)
    {
        _schema.Description(description);
        return this;
    }

    /// <summary>Names the query root type (default: the object type named <c>Query</c>).</summary>
    public SchemaBuilder QueryType(string typeName) => RootType(OperationType.Query, typeName, null);

    /// <summary>Names the mutation root type (default: the object type named <c>Mutation</c>, if any).</summary>
    public SchemaBuilder MutationType(string typeName) => RootType(OperationType.Mutation, typeName, null);

    /// <summary>Names the subscription root type (default: the object type named <c>Subscription</c>, if any).</summary>
    public SchemaBuilder SubscriptionType(string typeName) => RootType(OperationType.Subscription, typeName, null);

    /// <summary>Applies a directive to the schema itself.</summary>
    public SchemaBuilder Directive(string name, params (string Name, object? Value)[] arguments)
    {
        _schema.Directive(name, arguments);
        return this;
    }

    /// <summary>Attaches schema-wide extension data.</summary>
    public SchemaBuilder Feature(string key, object? value)
    {
        _schema.Feature(key, value);
        return this;
    }

    /// <summary>
    /// Adds the <c>@cost</c> and <c>@listSize</c> definitions (docs/conventions.md#cost-directives) so they can
    /// be applied and are printed, as HotChocolate does with cost analysis on.
    /// </summary>
    public SchemaBuilder EnableCostDirectives(bool enabled = true)
    {
        CostDirectivesEnabled = enabled;
        return this;
    }

    /// <summary>Adds an object type.</summary>
    public SchemaBuilder AddObjectType(string name, Action<ObjectTypeBuilder>? configure = null) =>
        Add(new ObjectTypeBuilder(name), configure);

    /// <summary>Adds an interface type.</summary>
    public SchemaBuilder AddInterfaceType(string name, Action<InterfaceTypeBuilder>? configure = null) =>
        Add(new InterfaceTypeBuilder(name), configure);

    /// <summary>Adds a union type.</summary>
    public SchemaBuilder AddUnionType(string name, Action<UnionTypeBuilder>? configure = null) =>
        Add(new UnionTypeBuilder(name), configure);

    /// <summary>Adds an enum type.</summary>
    public SchemaBuilder AddEnumType(string name, Action<EnumTypeBuilder>? configure = null) =>
        Add(new EnumTypeBuilder(name), configure);

    /// <summary>Adds an input object type.</summary>
    public SchemaBuilder AddInputObjectType(string name, Action<InputObjectTypeBuilder>? configure = null) =>
        Add(new InputObjectTypeBuilder(name), configure);

    /// <summary>
    /// Adds a custom scalar, optionally applying directives to it. A scalar of the same name read
    /// from SDL (which only passes values through) takes this implementation instead.
    /// </summary>
    public SchemaBuilder AddScalarType(ScalarType scalar, Action<ScalarTypeBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (_types.OfType<ScalarTypeBuilder>().FirstOrDefault(s => s.Name == scalar.Name) is { } declared
            && declared.Scalar is Scalars.PassThroughScalarType)
        {
            declared.Scalar = scalar;
            configure?.Invoke(declared);
            return this;
        }

        return Add(new ScalarTypeBuilder(scalar), configure);
    }

    /// <summary>Adds a custom directive definition.</summary>
    public SchemaBuilder AddDirective(string name, Action<DirectiveDefinitionBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveDefinitionBuilder(name);
        configure(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>Adds fields, interfaces or directives to an object type added elsewhere (like <c>extend type</c>).</summary>
    public SchemaBuilder ExtendObjectType(string name, Action<ObjectTypeBuilder> configure) => Extend(name, TypeKind.Object, configure);

    /// <summary>Resolves, validates and freezes the schema.</summary>
    /// <exception cref="SchemaException">When the schema is invalid; lists every problem.</exception>
    public Schema Build() => new SchemaAssembler(this, TakeExtensions()).Assemble();

    internal SchemaBuilder RootType(OperationType operation, string typeName, Location? location)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        _schema.RootTypes[operation] = (typeName, location);
        return this;
    }

    internal SchemaBuilder Add<TBuilder>(TBuilder builder, Action<TBuilder>? configure)
        where TBuilder : class
    {
        configure?.Invoke(builder);
        _types.Add(builder);
        return this;
    }

    internal void AddDirectiveBuilder(DirectiveDefinitionBuilder directive) => _directives.Add(directive);

    internal SchemaBuilder Extend<TBuilder>(string name, TypeKind kind, Action<TBuilder> configure, Location? location = null)
        where TBuilder : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        _extensions.Add(new TypeExtension(name, kind, builder => configure((TBuilder)builder), location));
        return this;
    }

    private List<TypeExtension> TakeExtensions()
    {
        var extensions = _extensions.ToList();
        _extensions.Clear();
        return extensions;
    }

    /// <summary>An extension waiting for the type it extends.</summary>
    internal sealed record TypeExtension(string Name, TypeKind Kind, Action<object> Apply, Location? Location);
}

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6 "Objects", field definitions).</summary>
public sealed class FieldDefinition : IHasDirectives
{
    internal FieldDefinition(
        ComplexType declaringType,
        string name,
        string? description,
        GraphQLType type,
        NamedCollection<InputValueDefinition> arguments,
        IReadOnlyList<AppliedDirective> directives,
        IReadOnlyDictionary<string, object?> features)
    {
        DeclaringType = declaringType;
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        Directives = directives;
        Features = features;
        DeprecationReason = Deprecation.ReasonOf(directives);
    }

    /// <summary>The object or interface type that declares the field.</summary>
    public ComplexType DeclaringType { get; }

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments in declaration order.</summary>
    public NamedCollection<InputValueDefinition> Arguments { get; }

    /// <inheritdoc />
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Features { get; }

    /// <summary>The reason from <c>@deprecated</c>, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The schema coordinate, e.g. <c>Query.districts</c>.</summary>
    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    /// <summary>A feature value of the expected type, or null.</summary>
    public TFeature? GetFeature<TFeature>(string key)
        where TFeature : class => Features.GetValueOrDefault(key) as TFeature;

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object (spec 3.4).</summary>
public abstract class NamedType : GraphQLType, IHasDirectives
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The unique name of the type in its schema.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <inheritdoc />
    public IReadOnlyList<AppliedDirective> Directives { get; private set; } = [];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Features { get; private set; } = Empty.Features;


    /// <summary>Whether the type is defined by the spec (built-in scalars, introspection types).</summary>
    public virtual bool IsSpecifiedType => false;

    /// <summary>Whether this is one of the introspection types (<c>__Schema</c>, <c>__Type</c> …), named with a leading <c>__</c>.</summary>
    public bool IsIntrospectionType => Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>Attaches the applied directives and features while the schema is being built.</summary>
    internal void SetMetadata(IReadOnlyList<AppliedDirective> directives, IReadOnlyDictionary<string, object?> features)
    {
        Directives = directives;
        Features = features;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

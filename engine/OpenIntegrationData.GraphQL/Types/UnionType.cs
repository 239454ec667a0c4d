namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A union: one of a list of object types (spec 3.8).</summary>
public sealed class UnionType : NamedType
{
    internal UnionType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    internal void Complete(IReadOnlyList<ObjectType> types) => Types = types;
}

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>An object type: a named set of fields (spec 3.6).</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}

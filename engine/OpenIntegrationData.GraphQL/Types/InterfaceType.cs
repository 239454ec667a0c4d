namespace OpenIntegrationData.GraphQL.Types;

/// <summary>An interface: fields that implementing objects and interfaces must provide (spec 3.7).</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}

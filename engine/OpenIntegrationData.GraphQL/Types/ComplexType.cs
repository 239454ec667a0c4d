namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A type with fields: an object or interface type (spec 3.6, 3.7).</summary>
public abstract class ComplexType : NamedType
{
    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in declaration order.</summary>
    public NamedCollection<FieldDefinition> Fields { get; private set; } = NamedCollection<FieldDefinition>.Empty;

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>Whether this type declares that it implements <paramref name="interfaceType"/>.</summary>
    public bool Implements(InterfaceType interfaceType) => Interfaces.Contains(interfaceType);

    /// <summary>The field with the given name, or null.</summary>
    public FieldDefinition? FindField(string name) => Fields.Find(name);

    internal void Complete(IReadOnlyList<InterfaceType> interfaces, NamedCollection<FieldDefinition> fields)
    {
        Interfaces = interfaces;
        Fields = fields;
    }
}

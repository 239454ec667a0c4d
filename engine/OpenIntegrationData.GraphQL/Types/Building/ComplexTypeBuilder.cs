using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds the fields and interfaces of an object or interface type.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class ComplexTypeBuilder<TSelf> : DescribedElementBuilder<TSelf>
    where TSelf : ComplexTypeBuilder<TSelf>
{
    private protected ComplexTypeBuilder(string name, Location? location)
        : base(name, location)
    {
    }

    internal List<(string Name, Location? Location)> InterfaceNames { get; } = [];

    internal List<FieldBuilder> Fields { get; } = [];

    /// <summary>Declares implemented interfaces; an interface implemented transitively must be listed too (spec 3.7).</summary>
    public TSelf Implements(params string[] interfaceNames)
    {
        foreach (var name in interfaceNames)
        {
            InterfaceNames.Add((name, null));
        }

        return (TSelf)this;
    }

    /// <summary>Adds a field; <paramref name="type"/> is a type reference such as <c>String!</c> or <c>[District!]</c>.</summary>
    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null) =>
        Field(name, TypeReference.Parse(type), configure);

    /// <summary>Adds a field with a type given as syntax.</summary>
    public TSelf Field(string name, TypeReference type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>
    /// Changes a field that is already defined, e.g. one read from SDL, to attach features such
    /// as a resolver or to apply directives.
    /// </summary>
    /// <exception cref="ArgumentException">When the type has no such field.</exception>
    public TSelf ConfigureField(string name, Action<FieldBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var field = Fields.FirstOrDefault(f => f.Name == name)
            ?? throw new ArgumentException($"Type \"{Name}\" has no field \"{name}\".", nameof(name));
        configure(field);
        return (TSelf)this;
    }

    internal void AddInterface(string name, Location? location) => InterfaceNames.Add((name, location));

    internal void AddField(FieldBuilder field) => Fields.Add(field);
}

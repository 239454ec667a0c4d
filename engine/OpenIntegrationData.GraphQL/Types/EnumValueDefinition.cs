namespace OpenIntegrationData.GraphQL.Types;

/// <summary>One value of an enum type, with the runtime value it stands for (spec 3.9).</summary>
public sealed class EnumValueDefinition : IHasDirectives
{
    internal EnumValueDefinition(
        EnumType declaringType,
        string name,
        string? description,
        object value,
        IReadOnlyList<AppliedDirective> directives,
        IReadOnlyDictionary<string, object?> features)
    {
        DeclaringType = declaringType;
        Name = name;
        Description = description;
        Value = value;
        Directives = directives;
        Features = features;
        DeprecationReason = Deprecation.ReasonOf(directives);
    }

    /// <summary>The enum that declares the value.</summary>
    public EnumType DeclaringType { get; }

    /// <summary>The value name, e.g. <c>ASC</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The runtime value (a CLR enum member, or the name when none was mapped).</summary>
    public object Value { get; }

    /// <inheritdoc />
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Features { get; }

    /// <summary>The reason from <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The schema coordinate, e.g. <c>SortEnumType.ASC</c>.</summary>
    public string Coordinate => $"{DeclaringType.Name}.{Name}";

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}

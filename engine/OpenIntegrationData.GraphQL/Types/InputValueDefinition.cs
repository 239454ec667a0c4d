using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// An argument of a field or directive, or a field of an input object (spec 3.6.1, 3.10).
/// The default value is kept both as the literal (for printing and introspection) and in its
/// coerced runtime form (for execution).
/// </summary>
public sealed class InputValueDefinition : IHasDirectives
{
    internal InputValueDefinition(
        string coordinate,
        string name,
        string? description,
        GraphQLType type,
        ValueNode? defaultValue,
        IReadOnlyList<AppliedDirective> directives,
        IReadOnlyDictionary<string, object?> features)
    {
        Coordinate = coordinate;
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
        Features = features;
        DeprecationReason = Deprecation.ReasonOf(directives);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The default value literal; null when there is no default (a <c>null</c> default is a <see cref="NullValueNode"/>).</summary>
    public ValueNode? DefaultValue { get; private set; }

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The default value coerced to its runtime form (see <see cref="Coercion.InputCoercion"/>); null without default.</summary>
    public object? CoercedDefaultValue { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<AppliedDirective> Directives { get; }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object?> Features { get; }

    /// <summary>The reason from <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: non-null type without default.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;

    /// <summary>The schema coordinate, e.g. <c>Query.districts(first:)</c>, <c>DistrictFilterInput.name</c>, <c>@skip(if:)</c>.</summary>
    public string Coordinate { get; }

    internal void SetCoercedDefaultValue(object? value) => CoercedDefaultValue = value;

    /// <summary>Sets the default once the types it refers to are complete.</summary>
    internal void SetDefaultValue(ValueNode literal, object? coerced)
    {
        DefaultValue = literal;
        CoercedDefaultValue = coerced;
    }

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}

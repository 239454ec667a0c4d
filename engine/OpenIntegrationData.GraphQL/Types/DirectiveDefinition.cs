namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A directive definition: name, arguments, locations, repeatability (spec 3.13).</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(
        string name,
        string? description,
        NamedCollection<InputValueDefinition> arguments,
        bool isRepeatable,
        IReadOnlyList<DirectiveLocation> locations,
        bool isSpecified = false,
        string? deprecationReason = null)
    {
        Name = name;
        Description = description;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
        Locations = locations;
        IsSpecified = isSpecified;
        DeprecationReason = deprecationReason;
    }

    /// <summary>
    /// The reason the directive is deprecated, or null. Set in code only: the SDL grammar has no
    /// place for directives on a directive definition; introspection reports it (as graphql-js 16.15 does).
    /// </summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the directive is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The name without the at sign.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The arguments in declaration order.</summary>
    public NamedCollection<InputValueDefinition> Arguments { get; }

    /// <summary>Whether it may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The locations where it may be applied, in declaration order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>Whether the spec defines it (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>); those are not printed.</summary>
    public bool IsSpecified { get; }

    /// <summary>Whether it is allowed at <paramref name="location"/>.</summary>
    public bool IsAllowedAt(DirectiveLocation location) => Locations.Contains(location);

    /// <summary>The schema coordinate, e.g. <c>@skip</c>.</summary>
    public string Coordinate => "@" + Name;

    /// <inheritdoc />
    public override string ToString() => Coordinate;
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds a custom directive definition (spec 3.13).</summary>
public sealed class DirectiveDefinitionBuilder
{
    internal DirectiveDefinitionBuilder(string name, Location? location = null)
    {
        Name = name;
        Location = location;
    }

    /// <summary>The directive name without the at sign.</summary>
    public string Name { get; }

    internal Location? Location { get; }

    internal string? DescriptionText { get; private set; }

    internal bool IsRepeatable { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal List<(string Name, Location? Location)> LocationNames { get; } = [];

    /// <summary>Sets the description.</summary>
    public DirectiveDefinitionBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an argument.</summary>
    public DirectiveDefinitionBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, TypeReference.Parse(type));
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Allows more than one application at a location.</summary>
    public DirectiveDefinitionBuilder Repeatable(bool repeatable = true)
    {
        IsRepeatable = repeatable;
        return this;
    }

    /// <summary>Marks the directive as deprecated; introspection hides it unless asked to include deprecated members.</summary>
    public DirectiveDefinitionBuilder Deprecated(string reason = Deprecation.DefaultReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds allowed locations.</summary>
    public DirectiveDefinitionBuilder Locations(params DirectiveLocation[] locations)
    {
        foreach (var location in locations)
        {
            LocationNames.Add((location.ToName(), null));
        }

        return this;
    }

    internal void AddArgument(InputValueBuilder argument) => Arguments.Add(argument);

    internal void AddLocation(string name, Location? location) => LocationNames.Add((name, location));
}

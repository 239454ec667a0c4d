using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds an object type (spec 3.6).</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(string name, Location? location = null)
        : base(name, location)
    {
    }

    /// <summary>Applies <c>@cost(weight: "…")</c>.</summary>
    public ObjectTypeBuilder Cost(double weight) => Directive(CostDirectives.CostDirective(weight));
}

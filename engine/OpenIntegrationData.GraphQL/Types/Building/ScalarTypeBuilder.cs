using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>
/// Adds directives and features to a registered scalar; its name, description and rules come
/// from the <see cref="ScalarType"/>. The directives and features are stored on the scalar
/// instance, so give each schema its own instance when they differ between schemas.
/// </summary>
public sealed class ScalarTypeBuilder : ElementBuilder<ScalarTypeBuilder>
{
    internal ScalarTypeBuilder(ScalarType scalar, Location? location = null)
        : base(scalar.Name, location)
    {
        Scalar = scalar;
    }

    internal ScalarType Scalar { get; set; }

    /// <summary>Applies <c>@cost(weight: "…")</c>.</summary>
    public ScalarTypeBuilder Cost(double weight) => Directive(CostDirectives.CostDirective(weight));
}

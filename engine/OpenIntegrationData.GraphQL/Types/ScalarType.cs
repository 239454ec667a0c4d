namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// A scalar type (spec 3.5). The five built-in scalars are in <see cref="BuiltInScalars"/>;
/// custom scalars derive from this class and implement the three coercions of <see cref="LeafType"/>.
/// </summary>
public abstract class ScalarType : LeafType
{
    /// <summary>Creates a scalar.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="specifiedByUrl">The URL of the scalar's specification, printed as <c>@specifiedBy(url:)</c>.</param>
    protected ScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description)
    {
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The URL of the scalar's specification (spec 3.5.5 <c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; }
}

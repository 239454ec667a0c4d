namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec 3.5.2).</summary>
public sealed class FloatType : FloatingPointScalarType<double>
{
    internal FloatType()
        : base(
            "Float",
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;
}

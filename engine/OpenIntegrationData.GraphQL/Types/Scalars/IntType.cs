namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType : IntegerScalarType<int>
{
    internal IntType()
        : base(
            "Int",
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;
}

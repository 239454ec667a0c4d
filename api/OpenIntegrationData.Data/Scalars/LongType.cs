using OpenIntegrationData.GraphQL.Types.Scalars;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit whole number (docs/conventions.md#naming).</summary>
public sealed class LongType : IntegerScalarType<long>
{
    /// <summary>Creates the scalar.</summary>
    public LongType()
        : base(
            "Long",
            "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }
}

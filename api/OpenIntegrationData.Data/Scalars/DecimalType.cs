using OpenIntegrationData.GraphQL.Types.Scalars;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>HotChocolate's <c>Decimal</c>: a decimal number written as a JSON number (docs/conventions.md#naming).</summary>
public sealed class DecimalType : FloatingPointScalarType<decimal>
{
    /// <summary>Creates the scalar.</summary>
    public DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents a decimal floating-point number.")
    {
    }
}

using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType : ScalarType
{
    internal IntType()
        : base(
            "Int",
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            return CoercionResult.Failure($"Int cannot represent non-integer value: {LiteralPrinter.Print(literal)}");
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? CoercionResult.Success(value)
            : CoercionResult.Failure($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
    }

    /// <summary>Both directions accept the same numbers: whole values within the 32-bit range.</summary>
    private static CoercionResult Coerce(object? value)
    {
        // The common case on the hot path of result serialization: already an int.
        if (value is int)
        {
            return CoercionResult.Success(value);
        }

        var whole = NumberValues.ToWholeNumber(value);
        if (whole is null)
        {
            return CoercionResult.Failure($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        return whole is >= int.MinValue and <= int.MaxValue
            ? CoercionResult.Success((int)whole.Value)
            : CoercionResult.Failure($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
    }
}

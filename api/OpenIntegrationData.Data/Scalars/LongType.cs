using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit whole number (API-CONVENTIONS §0).</summary>
public sealed class LongType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public LongType()
        : base(
            "Long",
            "The `Long` scalar type represents non-fractional signed whole 64-bit numeric values. Long can represent values between -(2^63) and 2^63 - 1.")
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            return CoercionResult.Failure($"Long cannot represent non-integer value: {SyntaxPrinter.Print(literal)}");
        }

        return long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? CoercionResult.Success(value)
            : CoercionResult.Failure($"Long cannot represent non 64-bit signed integer value: {integer.Value}");
    }

    private static CoercionResult Coerce(object? value) => value switch
    {
        long number => CoercionResult.Success(number),
        int number => CoercionResult.Success((long)number),
        short number => CoercionResult.Success((long)number),
        decimal number when number == decimal.Truncate(number) && number is >= long.MinValue and <= long.MaxValue
            => CoercionResult.Success((long)number),
        double number when double.IsInteger(number) && number is >= -9.2e18 and <= 9.2e18
            => CoercionResult.Success((long)number),
        _ => CoercionResult.Failure($"Long cannot represent value: {value}"),
    };
}

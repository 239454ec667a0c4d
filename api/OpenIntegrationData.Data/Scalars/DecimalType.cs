using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>HotChocolate's <c>Decimal</c>: a decimal number written as a JSON number (API-CONVENTIONS §0).</summary>
public sealed class DecimalType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public DecimalType()
        : base("Decimal", "The `Decimal` scalar type represents a decimal floating-point number.")
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => null,
        };

        if (text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return CoercionResult.Success(value);
        }

        return CoercionResult.Failure($"Decimal cannot represent value: {SyntaxPrinter.Print(literal)}");
    }

    private static CoercionResult Coerce(object? value)
    {
        try
        {
            return value switch
            {
                decimal number => CoercionResult.Success(number),
                int number => CoercionResult.Success((decimal)number),
                long number => CoercionResult.Success((decimal)number),
                short number => CoercionResult.Success((decimal)number),
                double number when double.IsFinite(number) => CoercionResult.Success((decimal)number),
                _ => CoercionResult.Failure($"Decimal cannot represent value: {value}"),
            };
        }
        catch (OverflowException)
        {
            return CoercionResult.Failure($"Decimal cannot represent value: {value}");
        }
    }
}

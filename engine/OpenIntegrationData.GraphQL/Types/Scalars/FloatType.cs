using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Float</c>: a finite double-precision number (spec 3.5.2).</summary>
public sealed class FloatType : ScalarType
{
    internal FloatType()
        : base(
            "Float",
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
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
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => null,
        };
        if (text is null)
        {
            return CoercionResult.Failure($"Float cannot represent non numeric value: {LiteralPrinter.Print(literal)}");
        }

        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value)
            ? CoercionResult.Success(value)
            : CoercionResult.Failure($"Float cannot represent non numeric value: {text}");
    }

    private static CoercionResult Coerce(object? value)
    {
        if (value is double exact && double.IsFinite(exact))
        {
            return CoercionResult.Success(value);
        }

        var number = NumberValues.ToDouble(value);
        return number is { } finite && double.IsFinite(finite)
            ? CoercionResult.Success(finite)
            : CoercionResult.Failure($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }
}

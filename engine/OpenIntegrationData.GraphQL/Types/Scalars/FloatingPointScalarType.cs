using System.Globalization;
using System.Numerics;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>
/// A scalar of finite numbers held as <typeparamref name="TNumber"/>, written as JSON numbers: the built-in
/// <c>Float</c> (spec 3.5.2) and custom ones such as <c>Decimal</c>. Input and output accept any CLR number
/// that <typeparamref name="TNumber"/> can hold; literals may be integer or float literals.
/// </summary>
/// <typeparam name="TNumber">The runtime type the scalar coerces to.</typeparam>
public abstract class FloatingPointScalarType<TNumber> : ScalarType
    where TNumber : struct, IFloatingPoint<TNumber>
{
    /// <summary>Creates the scalar.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">The description, or null.</param>
    protected FloatingPointScalarType(string name, string? description)
        : base(name, description)
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
        if (text is null)
        {
            return CoercionResult.Failure($"{Name} cannot represent non numeric value: {LiteralPrinter.Print(literal)}");
        }

        // A literal beyond the range parses to infinity (double) or fails (decimal); neither is a value.
        return TNumber.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && TNumber.IsFinite(value)
            ? CoercionResult.Success(value)
            : CoercionResult.Failure($"{Name} cannot represent non numeric value: {text}");
    }

    private CoercionResult Coerce(object? value)
    {
        // The common case on the hot path of result serialization: already the runtime type.
        if (value is TNumber exact && TNumber.IsFinite(exact))
        {
            return CoercionResult.Success(value);
        }

        return NumberValues.ToNumber<TNumber>(value) is { } number && TNumber.IsFinite(number)
            ? CoercionResult.Success(number)
            : CoercionResult.Failure($"{Name} cannot represent non numeric value: {ValueInspector.Inspect(value)}");
    }
}

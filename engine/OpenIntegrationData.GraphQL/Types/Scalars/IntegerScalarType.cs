using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>
/// A scalar of whole numbers within the range of <typeparamref name="TNumber"/>, written as JSON numbers:
/// the built-in <c>Int</c> (spec 3.5.1) and custom ones such as a 64-bit <c>Long</c>. Input and output accept
/// the same values: any CLR number without a fraction that fits; literals must be integer literals.
/// </summary>
/// <typeparam name="TNumber">The runtime type the scalar coerces to.</typeparam>
public abstract class IntegerScalarType<TNumber> : ScalarType
    where TNumber : struct, IBinaryInteger<TNumber>, IMinMaxValue<TNumber>
{
    private static readonly decimal Minimum = decimal.CreateChecked(TNumber.MinValue);
    private static readonly decimal Maximum = decimal.CreateChecked(TNumber.MaxValue);
    private static readonly int Bits = Unsafe.SizeOf<TNumber>() * 8;

    /// <summary>Creates the scalar.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="description">The description, or null.</param>
    protected IntegerScalarType(string name, string? description)
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
        if (literal is not IntValueNode integer)
        {
            return CoercionResult.Failure($"{Name} cannot represent non-integer value: {LiteralPrinter.Print(literal)}");
        }

        return TNumber.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? CoercionResult.Success(value)
            : CoercionResult.Failure($"{Name} cannot represent non {Bits}-bit signed integer value: {integer.Value}");
    }

    private CoercionResult Coerce(object? value)
    {
        // The common case on the hot path of result serialization: already the runtime type.
        if (value is TNumber)
        {
            return CoercionResult.Success(value);
        }

        var whole = NumberValues.ToWholeNumber(value);
        if (whole is null)
        {
            return CoercionResult.Failure($"{Name} cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        return whole >= Minimum && whole <= Maximum
            ? CoercionResult.Success(TNumber.CreateChecked(whole.Value))
            : CoercionResult.Failure($"{Name} cannot represent non {Bits}-bit signed integer value: {ValueInspector.Inspect(value)}");
    }
}

using System.Globalization;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>
/// The built-in <c>ID</c> (spec 3.5.5): serialized as a string; as input, a string or an
/// integer is accepted and becomes a string.
/// </summary>
public sealed class IdType : ScalarType
{
    internal IdType()
        : base(
            "ID",
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode text => CoercionResult.Success(text.Value),
        IntValueNode integer => CoercionResult.Success(integer.Value),
        _ => CoercionResult.Failure($"ID cannot represent a non-string and non-integer value: {LiteralPrinter.Print(literal)}"),
    };

    /// <inheritdoc />
    public override ValueNode? ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return new NullValueNode();
        }

        var serialized = Serialize(runtimeValue);
        if (!serialized.Succeeded)
        {
            return null;
        }

        // Like graphql-js astFromValue: an ID that looks like an integer is written as an Int literal.
        var text = (string)serialized.Value!;
        return IsIntegerText(text) ? new IntValueNode(text) : new StringValueNode(text, block: false);
    }

    private static CoercionResult Coerce(object? value)
    {
        if (value is string text)
        {
            return CoercionResult.Success(text);
        }

        // A JSON number such as 4 (or 4.0) is accepted as the ID "4".
        return NumberValues.ToWholeNumber(value) is { } whole
            ? CoercionResult.Success(whole.ToString("0", CultureInfo.InvariantCulture))
            : CoercionResult.Failure($"ID cannot represent value: {ValueInspector.Inspect(value)}");
    }

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0
            && digits.All(char.IsAsciiDigit)
            && (digits.Length == 1 || digits[0] != '0');
    }
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>String</c>: UTF-8 text (spec 3.5.3).</summary>
public sealed class StringType : ScalarType
{
    internal StringType()
        : base(
            "String",
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => runtimeValue switch
    {
        string text => CoercionResult.Success(text),
        char character => CoercionResult.Success(character.ToString()),
        _ => CoercionResult.Failure($"String cannot represent value: {ValueInspector.Inspect(runtimeValue)}"),
    };

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => externalValue is string text
        ? CoercionResult.Success(text)
        : CoercionResult.Failure($"String cannot represent a non string value: {ValueInspector.Inspect(externalValue)}");

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) => literal is StringValueNode text
        ? CoercionResult.Success(text.Value)
        : CoercionResult.Failure($"String cannot represent a non string value: {LiteralPrinter.Print(literal)}");
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>The built-in <c>Boolean</c> (spec 3.5.4).</summary>
public sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
    }

    /// <inheritdoc />
    public override bool IsSpecifiedType => true;

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => Coerce(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => Coerce(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) => literal is BooleanValueNode flag
        ? CoercionResult.Success(flag.Value)
        : CoercionResult.Failure($"Boolean cannot represent a non boolean value: {LiteralPrinter.Print(literal)}");

    private static CoercionResult Coerce(object? value) => value is bool flag
        ? CoercionResult.Success(flag)
        : CoercionResult.Failure($"Boolean cannot represent a non boolean value: {ValueInspector.Inspect(value)}");
}

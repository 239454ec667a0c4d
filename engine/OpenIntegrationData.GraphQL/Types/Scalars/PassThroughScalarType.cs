using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Scalars;

/// <summary>
/// A custom scalar declared in SDL without a C# implementation: values pass through unchanged
/// and literals are read untyped (like a graphql-js <c>GraphQLScalarType</c> with no functions).
/// Register a real <see cref="ScalarType"/> with the builder to give it rules.
/// </summary>
public sealed class PassThroughScalarType : ScalarType
{
    /// <summary>Creates the scalar.</summary>
    public PassThroughScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => CoercionResult.Success(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) => CoercionResult.Success(externalValue);

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) => CoercionResult.Success(LiteralValues.ToUntyped(literal));
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// A scalar or enum type: a type whose values are leaves of the response (spec 3.5, 3.9). Leaf
/// types coerce in three directions; none of them throws for bad input.
/// </summary>
public abstract class LeafType : NamedType
{
    private protected LeafType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>
    /// Result coercion: turns a runtime value returned by a resolver into the value written to
    /// the response (a string, bool, int, long, double or decimal). Never called with null.
    /// </summary>
    public abstract CoercionResult Serialize(object? runtimeValue);

    /// <summary>
    /// Input coercion of a variable value: turns an external value decoded from JSON (string,
    /// bool, int, long, decimal, double) into the runtime value. Never called with null.
    /// </summary>
    public abstract CoercionResult ParseValue(object? externalValue);

    /// <summary>
    /// Input coercion of a literal written in the document. Never called with a
    /// <see cref="NullValueNode"/> or <see cref="VariableNode"/>: the caller resolves those.
    /// </summary>
    public abstract CoercionResult ParseLiteral(ValueNode literal);

    /// <summary>
    /// The literal for a runtime value, used to print default values; null when the value
    /// cannot be represented. The default serializes the value and writes the result as a literal.
    /// </summary>
    public virtual ValueNode? ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return new NullValueNode();
        }

        var serialized = Serialize(runtimeValue);
        return serialized.Succeeded ? LiteralValues.FromExternal(serialized.Value) : null;
    }
}

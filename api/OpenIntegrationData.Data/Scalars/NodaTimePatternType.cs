using NodaTime.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// A HotChocolate.Types.NodaTime scalar (docs/conventions.md#scalars): the value is a string in one NodaTime
/// pattern, both ways, with HotChocolate's error messages. A subclass names the pattern and may
/// accept further runtime values to serialize (BCL dates and times).
/// </summary>
/// <typeparam name="T">The NodaTime type of the runtime value.</typeparam>
public abstract class NodaTimePatternType<T> : ScalarType
    where T : struct
{
    private readonly IPattern<T> _pattern;

    /// <summary>Creates the scalar.</summary>
    /// <param name="name">The type name, which is also the name in its error messages.</param>
    /// <param name="pattern">The pattern values are written and read with.</param>
    /// <param name="description">The description.</param>
    protected NodaTimePatternType(string name, IPattern<T> pattern, string description)
        : base(name, description)
    {
        _pattern = pattern;
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) =>
        (runtimeValue is T value ? value : FromOtherRuntimeValue(runtimeValue)) is { } serialized
            ? CoercionResult.Success(_pattern.Format(serialized))
            : CoercionResult.Failure($"Unable to serialize value to {Name}");

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) =>
        externalValue is string text ? Parse(text) : CoercionResult.Failure($"Unable to deserialize value to {Name}");

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? Parse(text.Value) : CoercionResult.Failure($"Unable to deserialize string to {Name}");

    /// <summary>Another runtime value that stands for a <typeparamref name="T"/>, or null when it does not.</summary>
    protected virtual T? FromOtherRuntimeValue(object? runtimeValue) => null;

    private CoercionResult Parse(string text)
    {
        var result = _pattern.Parse(text);
        return result.Success
            ? CoercionResult.Success(result.Value)
            : CoercionResult.Failure($"Unable to deserialize string to {Name}");
    }
}

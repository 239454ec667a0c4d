namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>The coerced value of an input, or every error found in it.</summary>
public sealed class InputCoercionResult
{
    private InputCoercionResult(object? value, IReadOnlyList<InputCoercionError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>Whether the value was coerced without errors.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The coerced runtime value; null when coercion failed.</summary>
    public object? Value { get; }

    /// <summary>All errors; empty on success.</summary>
    public IReadOnlyList<InputCoercionError> Errors { get; }

    internal static InputCoercionResult Success(object? value) => new(value, []);

    internal static InputCoercionResult Failure(IReadOnlyList<InputCoercionError> errors) => new(null, errors);
}

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// The outcome of coercing one leaf value (spec 3.5 "Input Coercion" / "Result Coercion"): the
/// coerced value, or a message saying why the value cannot be represented. Bad input is an
/// expected failure, so it is a value, not an exception.
/// </summary>
public readonly record struct CoercionResult
{
    private CoercionResult(bool succeeded, object? value, string? error)
    {
        Succeeded = succeeded;
        Value = value;
        Error = error;
    }

    /// <summary>Whether coercion succeeded.</summary>
    public bool Succeeded { get; }

    /// <summary>The coerced value; null on failure (or when the coerced value is null).</summary>
    public object? Value { get; }

    /// <summary>The failure message, e.g. <c>Int cannot represent non-integer value: "abc"</c>; null on success.</summary>
    public string? Error { get; }

    /// <summary>A successful coercion to <paramref name="value"/>.</summary>
    public static CoercionResult Success(object? value) => new(true, value, null);

    /// <summary>A failed coercion with a message for the client.</summary>
    public static CoercionResult Failure(string error) => new(false, null, error);
}

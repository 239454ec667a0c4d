namespace OpenIntegrationData.Import.Validation;

/// <summary>A field's value ready for PostgreSQL (null when empty), or the reason it cannot be used.</summary>
internal readonly record struct ParsedField(object? Value, string? Problem)
{
    public static ParsedField Ok(object? value) => new(value, null);

    public static ParsedField Fail(string problem) => new(null, problem);
}

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Limits applied while validating a document. The spec rules always run; the limits below
/// are HotChocolate-style safety checks on top of them (house style habit 6: safe by default).
/// </summary>
public sealed class ValidationOptions
{
    /// <summary>The defaults: 100 errors, no execution depth limit, introspection depth 3.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Validation stops after this many errors and appends one "too many errors" error
    /// (graphql-js <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The deepest field nesting an operation may have, counting root fields as 1 and following
    /// fragment spreads; null switches the check off (HotChocolate's default).
    /// </summary>
    public int? MaxExecutionDepth { get; init; }

    /// <summary>
    /// The document is refused when this many of the list fields <c>fields</c>, <c>interfaces</c>,
    /// <c>possibleTypes</c> and <c>inputFields</c> are nested below <c>__schema</c> or <c>__type</c>
    /// (graphql-js <c>MaxIntrospectionDepthRule</c>: 3). The standard introspection query nests
    /// them once. Null switches the guard off. Not a spec rule: a listed deviation.
    /// </summary>
    public int? MaxIntrospectionDepth { get; init; } = 3;

    /// <summary>
    /// How many field and fragment comparisons Field Selection Merging may make before the
    /// document is refused as too complex. Documents that spread long fragment chains side by
    /// side need a number of comparisons that grows with the square of their size; real
    /// documents need a few thousand at most. Null switches the limit off. Not a spec rule: a
    /// listed deviation.
    /// </summary>
    public int? MaxFieldMergeComparisons { get; init; } = 100_000;

    /// <summary>
    /// The longest validation may take; the costly checks (Field Selection Merging) give up after
    /// it and the document is refused with <c>MAX_VALIDATION_TIME</c>. Validation runs before the
    /// execution timeout starts, so this bounds the CPU one hostile document can take. Null switches
    /// the limit off. Not a spec rule: a listed deviation.
    /// </summary>
    public TimeSpan? MaxValidationTime { get; init; } = TimeSpan.FromMilliseconds(500);
}

using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Querying;

/// <summary>
/// What a compiler made of a client's argument: the compiled value, or the error that stops the
/// field (an expected failure is a value, not an exception). Converts implicitly from either.
/// </summary>
/// <typeparam name="T">The compiled value, e.g. a SQL predicate or a list of sort keys.</typeparam>
internal readonly record struct CompileResult<T>
{
    private readonly T? _value;

    private CompileResult(T? value, GraphQLError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>The error that stopped compilation, or null.</summary>
    public GraphQLError? Error { get; }

    /// <summary>Whether compilation succeeded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>The compiled value; only read it when <see cref="Succeeded"/>.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("The compilation failed: " + Error!.Message);

    public static implicit operator CompileResult<T>(T value) => new(value, null);

    public static implicit operator CompileResult<T>(GraphQLError error) => new(default, error);

    /// <summary>The value made into another one; an error stays the error.</summary>
    public CompileResult<TOut> Map<TOut>(Func<T, TOut> map) => Succeeded ? map(_value!) : Error!;
}

/// <summary>Combining compile results.</summary>
internal static class CompileResult
{
    /// <summary>The values of all results, combined; the first error when one failed (later parts are not compiled).</summary>
    public static CompileResult<TOut> All<T, TOut>(IEnumerable<CompileResult<T>> results, Func<IReadOnlyList<T>, TOut> combine)
    {
        var values = new List<T>();
        foreach (var result in results)
        {
            if (!result.Succeeded)
            {
                return result.Error!;
            }

            values.Add(result.Value);
        }

        return combine(values);
    }
}

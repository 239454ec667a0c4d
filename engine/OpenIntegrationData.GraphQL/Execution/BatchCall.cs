using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>One call of a batch resolver: the planned field, every parent of the level that selects it, and the outcome.</summary>
internal sealed class BatchCall(PlannedField field, ArgumentValues arguments)
{
    public PlannedField Field { get; } = field;

    public ArgumentValues Arguments { get; } = arguments;

    public List<object?> Parents { get; } = [];

    public Task<IReadOnlyList<object?>>? Task { get; set; }

    public IReadOnlyList<object?>? Results { get; set; }

    public Exception? Failure { get; set; }

    /// <summary>
    /// The value for the parent at <paramref name="index"/>: the resolver's item, a
    /// <see cref="ResolverFailure"/> when the call failed, or a <see cref="BatchSizeMismatch"/>
    /// when it returned the wrong number of values.
    /// </summary>
    public object? ValueAt(int index)
    {
        if (Task is { } task)
        {
            if (!task.IsCompletedSuccessfully)
            {
                return new ResolverFailure(task.Exception?.InnerException ?? new TaskCanceledException(task));
            }

            Results = task.Result;
        }

        if (Failure is not null)
        {
            return new ResolverFailure(Failure);
        }

        if (Results is null || Results.Count != Parents.Count)
        {
            return new BatchSizeMismatch(Parents.Count, Results?.Count ?? 0);
        }

        return Results[index];
    }
}

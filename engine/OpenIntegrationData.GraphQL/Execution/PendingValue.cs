namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Stands in a result slot for a value that arrives after the level's resolvers ran: an async
/// resolver's task, or this parent's share of a batch call. Internal, so no resolver can return one.
/// </summary>
internal sealed class PendingValue
{
    private readonly Task<object?>? _task;
    private readonly BatchCall? _batch;
    private readonly int _batchIndex;

    public PendingValue(Task<object?> task)
    {
        _task = task;
    }

    public PendingValue(BatchCall batch, int batchIndex)
    {
        _batch = batch;
        _batchIndex = batchIndex;
    }

    /// <summary>The value once the level was awaited: the task's result or failure, or the batch's item for this parent.</summary>
    public object? Value
    {
        get
        {
            if (_task is { } task)
            {
                return task.IsCompletedSuccessfully ? task.Result : new ResolverFailure(task.Exception?.InnerException ?? new TaskCanceledException(task));
            }

            return _batch!.ValueAt(_batchIndex);
        }
    }
}

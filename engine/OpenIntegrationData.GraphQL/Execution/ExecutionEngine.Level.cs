using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The bookkeeping of one response level.</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>The fields being resolved at one level, in response order, with their pending work.</summary>
    private sealed class LevelFields
    {
        private Dictionary<PlannedField, BatchCall>? _batches;

        public List<FieldSlot> Slots { get; } = [];

        public List<Task> Pending { get; } = [];

        public IEnumerable<BatchCall> Batches => _batches?.Values ?? Enumerable.Empty<BatchCall>();

        /// <summary>The batch call of a planned field; every parent at this level selecting it joins the same call.</summary>
        public BatchCall GetBatch(PlannedField field, ArgumentValues arguments)
        {
            _batches ??= [];
            if (!_batches.TryGetValue(field, out var batch))
            {
                _batches[field] = batch = new BatchCall(field, arguments);
            }

            return batch;
        }
    }

    /// <summary>Starts the batches, then waits for every pending resolver of the level.</summary>
    private async Task WaitForLevelAsync(LevelFields level)
    {
        StartBatches(level);
        if (level.Pending.Count == 0)
        {
            return;
        }

        var token = _request.CancellationToken;
        try
        {
            await Task.WhenAll(level.Pending).WaitAsync(token);
        }
        catch (Exception) when (!token.IsCancellationRequested)
        {
            // Failed resolvers are reported one by one when their slots are completed.
        }
    }
}

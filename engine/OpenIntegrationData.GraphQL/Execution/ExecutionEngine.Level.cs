using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The bookkeeping of one response level.</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>The pending work of one level: async resolver tasks and batch calls. Reused level after level.</summary>
    private sealed class LevelFields
    {
        private Dictionary<PlannedField, BatchCall>? _batches;

        public List<Task> Pending { get; } = [];

        /// <summary>Whether anything of the level is still to run or arrive (batch calls start only when the level is awaited).</summary>
        public bool HasWork => Pending.Count > 0 || _batches is { Count: > 0 };

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

        /// <summary>Forgets the finished level's work.</summary>
        public void Clear()
        {
            Pending.Clear();
            _batches?.Clear();
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
            // One pending resolver (a by-id root field, say) needs no WhenAll task around it.
            var all = level.Pending.Count == 1 ? level.Pending[0] : Task.WhenAll(level.Pending);
            await all.WaitAsync(token);
        }
        catch (Exception) when (!token.IsCancellationRequested)
        {
            // Failed resolvers are reported one by one when their slots are completed.
        }
    }
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Executes a planned operation breadth-first: all objects of one response level are resolved
/// together, then completed, and their child objects form the next level. Per-parent async
/// resolvers of a level run concurrently; a batch resolver is called once per planned field and
/// level with every parent that selects it — so a data layer answers a level with one statement.
/// </summary>
internal sealed partial class ExecutionEngine
{
    private readonly RequestContext _request;
    private readonly ResultSlots _slots = new();
    private bool _dataIsNull;

    private ExecutionEngine(RequestContext request)
    {
        _request = request;
    }

    /// <summary>
    /// ExecuteQuery and ExecuteMutation (spec 6.2.1, 6.2.2) through ExecuteRootSelectionSet
    /// (6.3.1): runs the root selection set and returns the data, or null when a null
    /// propagated to the root.
    /// </summary>
    public static async ValueTask<ResultMap?> ExecuteAsync(RequestContext request, object? rootValue)
    {
        var engine = new ExecutionEngine(request);
        var plan = request.Plan;
        var root = new ResultMap(plan.RootSelectionSet.GetFields(plan.RootType), null, 0, engine._slots);
        if (plan.OperationType == OperationType.Mutation)
        {
            await engine.ExecuteSeriallyAsync(root, rootValue);
        }
        else
        {
            await engine.ExecuteSelectionSetAsync(new ObjectWork(root, rootValue));
        }

        return engine._dataIsNull ? null : root;
    }

    /// <summary>Serial execution (spec 6.3, "Normal and Serial Execution"): mutation root fields run one after another, each to completion.</summary>
    private async Task ExecuteSeriallyAsync(ResultMap root, object? rootValue)
    {
        for (var i = 0; i < root.Count && !_dataIsNull; i++)
        {
            await ExecuteSelectionSetAsync(new ObjectWork(root, rootValue, i));
        }
    }

    /// <summary>
    /// ExecuteSelectionSet / ExecuteCollectedFields (spec 6.3), level by level: resolves every
    /// field of the level's objects, completes the values, and continues with the objects the
    /// completion produced. Field errors are therefore listed level by level.
    /// </summary>
    /// <remarks>
    /// Resolved values wait in their object's result slots until the level is completed, and the
    /// two level lists are swapped rather than reallocated: a level costs no bookkeeping per field. The lists
    /// themselves outlive the request (<see cref="LevelLists"/>), so a wide response does not grow them anew.
    /// </remarks>
    private async Task ExecuteSelectionSetAsync(ObjectWork rootWork)
    {
        var level = LevelLists.Take();
        var next = LevelLists.Take();
        level.Add(rootWork);
        var fields = new LevelFields();
        while (level.Count > 0)
        {
            _request.Cancellation.ThrowIfCancellationRequested();

            // Objects nulled by the previous level's completion are not resolved (nor completed).
            level.RemoveAll(static work => !work.Target.IsAlive);
            foreach (var work in level)
            {
                ExecuteFields(work, fields);
            }

            if (fields.HasWork)
            {
                // Most levels of in-memory data resolve synchronously: no async call at all then.
                await WaitForLevelAsync(fields);
            }
            CompleteLevel(level, next);
            (level, next) = (next, level);
            next.Clear();
            fields.Clear();
        }

        LevelLists.Give(level);
        LevelLists.Give(next);
    }

    /// <summary>One object whose fields are resolved at the current level; <see cref="OnlyField"/> ≥ 0 restricts it to one (serial mutations).</summary>
    private readonly record struct ObjectWork(ResultMap Target, object? Value, int OnlyField = -1)
    {
        /// <summary>The first field index to execute and the one after the last.</summary>
        public (int Start, int End) FieldRange => OnlyField >= 0 ? (OnlyField, OnlyField + 1) : (0, Target.Count);
    }
}

using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Value resolution (spec 6.4.2 ResolveFieldValue) for one level of the response.</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// ExecuteField (spec 6.4) up to ResolveFieldValue for every field of one object:
    /// CoerceArgumentValues, then the resolver — sync ones at once, async ones started,
    /// batch ones queued with the other parents of the same planned field.
    /// </summary>
    private void ExecuteFields(ObjectWork work, LevelFields level)
    {
        var fields = work.Target.FieldSet.Fields;
        var (start, end) = work.OnlyField >= 0 ? (work.OnlyField, work.OnlyField + 1) : (0, fields.Count);
        for (var i = start; i < end; i++)
        {
            var field = fields[i];
            if (field.MetaField == MetaField.TypeName)
            {
                level.Slots.Add(new FieldSlot(work.Target, field, field.ParentType.Name));
                continue;
            }

            var arguments = _request.GetArguments(field);
            if (arguments.Error is { } error)
            {
                level.Slots.Add(new FieldSlot(work.Target, field, error));
                continue;
            }

            level.Slots.Add(ResolveFieldValue(work, field, arguments, level));
        }
    }

    private FieldSlot ResolveFieldValue(ObjectWork work, PlannedField field, ArgumentValues arguments, LevelFields level)
    {
        var resolver = field.Resolver;
        if (resolver.Kind == FieldResolverKind.Batch)
        {
            var batch = level.GetBatch(field, arguments);
            batch.Parents.Add(work.Value);
            return new FieldSlot(work.Target, field, null, Batch: batch, BatchIndex: batch.Parents.Count - 1);
        }

        try
        {
            if (ReferenceEquals(resolver, DefaultFieldResolver.Instance))
            {
                // Most fields read a member of their parent; that needs no context object.
                return new FieldSlot(work.Target, field, DefaultFieldResolver.ReadMember(work.Value, field.Name));
            }

            var context = new ResolverContext(_request, field, arguments.Values, work.Value, work.Target);
            if (resolver.Kind == FieldResolverKind.Sync)
            {
                return new FieldSlot(work.Target, field, resolver.Sync!(context));
            }

            var pending = resolver.Async!(context);
            if (pending.IsCompletedSuccessfully)
            {
                return new FieldSlot(work.Target, field, pending.Result);
            }

            var task = pending.AsTask();
            level.Pending.Add(task);
            return new FieldSlot(work.Target, field, null, task);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new FieldSlot(work.Target, field, new ResolverFailure(exception));
        }
    }

    /// <summary>Calls each batch resolver of the level once with all of its parents.</summary>
    private void StartBatches(LevelFields level)
    {
        foreach (var batch in level.Batches)
        {
            try
            {
                var context = new BatchResolverContext(_request, batch.Field, batch.Arguments.Values, batch.Parents);
                var pending = batch.Field.Resolver.Batch!(context);
                if (pending.IsCompletedSuccessfully)
                {
                    batch.Results = pending.Result;
                    continue;
                }

                batch.Task = pending.AsTask();
                level.Pending.Add(batch.Task);
            }
            catch (Exception exception) when (!IsCancellation(exception))
            {
                batch.Failure = exception;
            }
        }
    }

    /// <summary>The value a slot ended with: its own, its finished task's, or its share of a batch.</summary>
    private static object? ValueOf(in FieldSlot slot)
    {
        if (slot.Task is { } task)
        {
            return task.IsCompletedSuccessfully ? task.Result : new ResolverFailure(task.Exception?.InnerException ?? new TaskCanceledException(task));
        }

        return slot.Batch is { } batch ? batch.ValueAt(slot.BatchIndex) : slot.Value;
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && _request.CancellationToken.IsCancellationRequested;

    /// <summary>One field of one object at the current level, and how its value arrives.</summary>
    private readonly record struct FieldSlot(
        ResultMap Target,
        PlannedField Field,
        object? Value,
        Task<object?>? Task = null,
        BatchCall? Batch = null,
        int BatchIndex = 0);
}

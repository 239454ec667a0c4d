using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Value resolution (spec 6.4.2 ResolveFieldValue) for one level of the response.</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// ExecuteField (spec 6.4) up to ResolveFieldValue for every field of one object:
    /// CoerceArgumentValues, then the resolver — sync ones at once, async ones started,
    /// batch ones queued with the other parents of the same planned field. Each value waits in
    /// its result slot until the level is completed.
    /// </summary>
    private void ExecuteFields(ObjectWork work, LevelFields level)
    {
        var fields = work.Target.FieldSet;
        var (start, end) = work.FieldRange;
        for (var i = start; i < end; i++)
        {
            work.Target.SetSlot(i, ExecuteField(work, fields.FieldAt(i), level));
        }
    }

    /// <summary>The field's value as resolved: a value, a <see cref="PendingValue"/>, or the error or failure completion reports.</summary>
    private object? ExecuteField(ObjectWork work, PlannedField field, LevelFields level)
    {
        if (field.MetaField == MetaField.TypeName)
        {
            return field.ParentType.Name;
        }

        var arguments = field.ConstantArguments ?? _request.GetArguments(field);
        return arguments.Error ?? ResolveFieldValue(work, field, arguments, level);
    }

    private object? ResolveFieldValue(ObjectWork work, PlannedField field, ArgumentValues arguments, LevelFields level)
    {
        var resolver = _request.Resolvers.ResolverOf(field);
        if (resolver.Kind == FieldResolverKind.Batch)
        {
            var batch = level.GetBatch(field, arguments);
            batch.Parents.Add(work.Value);
            return new PendingValue(batch, batch.Parents.Count - 1);
        }

        try
        {
            if (ReferenceEquals(resolver, DefaultFieldResolver.Instance))
            {
                // Most fields read a member of their parent; that needs no context object.
                return DefaultFieldResolver.ReadMember(work.Value, field.Name);
            }

            var context = new ResolverContext(_request, field, arguments.Values, work.Value, work.Target);
            if (resolver.Kind == FieldResolverKind.Sync)
            {
                return resolver.Sync!(context);
            }

            var pending = resolver.Async!(context);
            if (pending.IsCompletedSuccessfully)
            {
                return pending.Result;
            }

            var task = pending.AsTask();
            level.Pending.Add(task);
            return new PendingValue(task);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ResolverFailure(exception);
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
                var pending = _request.Resolvers.ResolverOf(batch.Field).Batch!(context);
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

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && _request.Cancellation.IsCancellationRequested;
}

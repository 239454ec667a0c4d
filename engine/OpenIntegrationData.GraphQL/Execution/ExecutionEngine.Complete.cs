using System.Collections;
using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Value completion (spec 6.4.3 CompleteValue) and null propagation (6.4.4).</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>Marks a value that failed to complete; its error is already reported.</summary>
    private static readonly object Failed = new();

    /// <summary>Completes the resolved value of every executed field of the level, in response order.</summary>
    private void CompleteLevel(List<ObjectWork> level, List<ObjectWork> next)
    {
        foreach (var work in level)
        {
            var target = work.Target;
            var fields = target.FieldSet;
            var (start, end) = work.FieldRange;
            for (var i = start; i < end; i++)
            {
                CompleteField(target, fields.FieldAt(i), next);
            }
        }
    }

    /// <summary>Completes one field's resolved value in its slot; a failed non-null field nulls its parent object (spec 6.4.4).</summary>
    private void CompleteField(ResultMap target, PlannedField field, List<ObjectWork> next)
    {
        var resolved = target.ValueAt(field.Index);
        var value = resolved is PendingValue pending ? pending.Value : resolved;
        var completed = CompleteValue(field, field.Type, value, target, field.Index, next);
        if (!ReferenceEquals(completed, Failed))
        {
            // Leaves mostly serialize to the very object the resolver returned, which the slot holds already.
            if (!ReferenceEquals(completed, resolved))
            {
                target.SetSlot(field.Index, completed);
            }

            return;
        }

        if (field.Type.IsNonNull)
        {
            PropagateNull(target);
            return;
        }

        target.SetSlot(field.Index, null);
    }

    /// <summary>
    /// CompleteValue (spec 6.4.3): errors returned by resolvers become field errors, non-null
    /// types refuse null (HC0018), lists complete item by item, leaves serialize, and objects
    /// become result maps whose fields are resolved at the next level.
    /// Returns <see cref="Failed"/> when the value cannot be completed.
    /// </summary>
    private object? CompleteValue(PlannedField field, GraphQLType type, object? value, ResultNode node, int index, List<ObjectWork> next)
    {
        switch (value)
        {
            case GraphQLError error:
                Report(WithPlace(error, field, node, index));
                return Failed;
            case ResolverFailure failure:
                Report(_request.ExecutorOptions.ExceptionErrors?.Invoke(failure.Exception) is { } known
                    ? WithPlace(known, field, node, index)
                    : ExecutionErrors.Unexpected(failure.Exception, field.Locations, node.PathOf(index), _request.ExecutorOptions.IncludeExceptionDetails));
                return Failed;
            case BatchSizeMismatch mismatch:
                Report(ExecutionErrors.BatchSizeMismatch(field.Definition, mismatch.Expected, mismatch.Actual, field.Locations, node.PathOf(index)));
                return Failed;
        }

        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(field, nonNull.OfType, value, node, index, next);
            if (completed is null)
            {
                Report(ExecutionErrors.NonNullViolation(field.Locations, node.PathOf(index)));
                return Failed;
            }

            return completed;
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => CompleteList(field, list, value, node, index, next),
            LeafType leaf => CompleteLeaf(field, leaf, value, node, index),
            _ => CompleteObject(field, (NamedType)type, value, node, index, next),
        };
    }

    private object? CompleteList(PlannedField field, ListType listType, object value, ResultNode node, int index, List<ObjectWork> next)
    {
        if (value is string or IReadOnlyDictionary<string, object?> || value is not IEnumerable enumerable)
        {
            Report(ExecutionErrors.NotAList(field.Definition, field.Locations, node.PathOf(index)));
            return Failed;
        }

        var items = enumerable as IList ?? enumerable.Cast<object?>().ToList();
        var list = new ResultList(items.Count, listType.OfType, node, index);
        var failed = false;
        for (var i = 0; i < items.Count; i++)
        {
            var completed = CompleteValue(field, listType.OfType, items[i], list, i, next);
            if (!ReferenceEquals(completed, Failed))
            {
                list.SetSlot(i, completed);
            }
            else if (listType.OfType.IsNonNull)
            {
                failed = true;
            }
        }

        if (!failed)
        {
            return list;
        }

        list.Discarded = true;
        return Failed;
    }

    private object? CompleteLeaf(PlannedField field, LeafType leaf, object value, ResultNode node, int index)
    {
        var serialized = leaf.Serialize(value);
        if (serialized.Succeeded)
        {
            return serialized.Value;
        }

        Report(ExecutionErrors.LeafNotSerializable(serialized.Error ?? $"{leaf.Name} cannot represent the value.", field.Locations, node.PathOf(index)));
        return Failed;
    }

    private object? CompleteObject(PlannedField field, NamedType type, object value, ResultNode node, int index, List<ObjectWork> next)
    {
        var objectType = type as ObjectType ?? ResolveAbstractType(field, type, value, node, index);
        if (objectType is null)
        {
            return Failed;
        }

        var map = new ResultMap(field.SelectionSet!.GetFields(objectType), node, index, _slots);
        next.Add(new ObjectWork(map, value is TypedValue typed ? typed.Value : value));
        return map;
    }

    /// <summary>
    /// Spec 6.4.4: a null in a non-null position makes the enclosing object or list null,
    /// repeatedly, up to the nearest nullable slot — or to the root, which makes <c>data</c> null.
    /// </summary>
    private void PropagateNull(ResultNode node)
    {
        while (true)
        {
            node.Discarded = true;
            if (node.Parent is not { } parent)
            {
                _dataIsNull = true;
                return;
            }

            if (parent.IsNullableAt(node.ParentIndex))
            {
                parent.SetSlot(node.ParentIndex, null);
                return;
            }

            node = parent;
        }
    }

    private void Report(GraphQLError error) => _request.AddError(error);

    /// <summary>An error from a resolver, placed at the field: its path, and the field's locations unless it has its own.</summary>
    private static GraphQLError WithPlace(GraphQLError error, PlannedField field, ResultNode node, int index) =>
        new(error.Message, error.Locations.Count > 0 ? error.Locations : field.Locations, node.PathOf(index), error.Extensions);
}

using OpenIntegrationData.GraphQL.Planning;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>The context of a per-parent resolver call (spec 6.4.2 ResolveFieldValue).</summary>
public sealed class ResolverContext : FieldContext
{
    private readonly ResultMap _target;

    internal ResolverContext(RequestContext request, PlannedField field, IReadOnlyDictionary<string, object?> arguments, object? parent, ResultMap target)
        : base(request, field, arguments)
    {
        Parent = parent;
        _target = target;
    }

    /// <summary>The parent value (the object the field is resolved on); the root value for root fields.</summary>
    public object? Parent { get; }

    /// <summary>The response path of the field: names and list indexes from the root.</summary>
    public IReadOnlyList<object> Path => _target.PathOf(Field.Index);

    /// <summary>The parent as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">When the parent is not a <typeparamref name="T"/>.</exception>
    public T ParentAs<T>() => Parent is T typed
        ? typed
        : throw new InvalidCastException($"The parent of {Field.Definition.Coordinate} is {Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");
}

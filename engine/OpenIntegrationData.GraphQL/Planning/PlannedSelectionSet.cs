using System.Collections.Concurrent;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Planning;

/// <summary>
/// The merged selection sets of a field of composite type (spec 6.4.3 MergeSelectionSets). The
/// grouped field set depends on the runtime object type when <see cref="Type"/> is an interface
/// or union, so it is collected per object type on first use and then kept: the plan stays
/// immutable to its readers and only the parts a request reaches are ever planned.
/// </summary>
public sealed class PlannedSelectionSet
{
    private readonly OperationPlanner _planner;
    private readonly IReadOnlyList<SelectionSetNode> _selectionSets;
    private GroupedFieldSet? _objectFields;
    private ConcurrentDictionary<ObjectType, GroupedFieldSet>? _abstractFields;

    internal PlannedSelectionSet(OperationPlanner planner, NamedType type, IReadOnlyList<SelectionSetNode> selectionSets)
    {
        _planner = planner;
        Type = type;
        _selectionSets = selectionSets;
    }

    /// <summary>The field's named type: an object, interface or union type.</summary>
    public NamedType Type { get; }

    /// <summary>The object types a value can have at runtime.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes => _planner.Schema.GetPossibleTypes(Type);

    /// <summary>The selection sets merged here, in document order.</summary>
    public IReadOnlyList<SelectionSetNode> SelectionSets => _selectionSets;

    /// <summary>The fields selected when <see cref="Type"/> is an object type.</summary>
    /// <exception cref="InvalidOperationException">When the type is abstract; use <see cref="GetFields"/>.</exception>
    public IReadOnlyList<PlannedField> Fields => Type is ObjectType objectType
        ? GetFields(objectType).Fields
        : throw new InvalidOperationException($"\"{Type.Name}\" is abstract; the fields depend on the object type.");

    /// <summary>The grouped field set for a value of <paramref name="objectType"/>.</summary>
    public GroupedFieldSet GetFields(ObjectType objectType)
    {
        ArgumentNullException.ThrowIfNull(objectType);
        if (ReferenceEquals(objectType, Type))
        {
            return _objectFields ?? Interlocked.CompareExchange(ref _objectFields, Collect(objectType), null) ?? _objectFields;
        }

        var byType = _abstractFields
            ?? Interlocked.CompareExchange(ref _abstractFields, new ConcurrentDictionary<ObjectType, GroupedFieldSet>(), null)
            ?? _abstractFields;
        // TryGetValue first: GetOrAdd would allocate the Collect delegate on every call.
        return byType.TryGetValue(objectType, out var fields) ? fields : byType.GetOrAdd(objectType, Collect);
    }

    private GroupedFieldSet Collect(ObjectType objectType) => _planner.CollectFields(objectType, _selectionSets);

    /// <inheritdoc />
    public override string ToString() => Type.Name;
}

namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>
/// Input coercion shared by validation and execution (spec 3.10 and 3.11 "Input Coercion",
/// 6.4.1 CoerceVariableValues, 6.4.2 CoerceArgumentValues). Runtime values produced here: Int →
/// int, Float → double, String/ID → string, Boolean → bool, enum → its runtime value, input
/// object → <see cref="IReadOnlyDictionary{TKey,TValue}"/> in field definition order, list →
/// <see cref="IReadOnlyList{T}"/>.
/// </summary>
public static partial class InputCoercion
{
    private static IReadOnlyDictionary<string, object?> Freeze(OrderedDictionary<string, object?> fields) => new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(fields);
}

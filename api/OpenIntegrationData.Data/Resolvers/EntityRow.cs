using System.Collections;
using System.Diagnostics.CodeAnalysis;
using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// One loaded entity: its key and the selected field values by GraphQL field name (read by the
/// executor's default resolver), joined to-one relations included. A row that stands for a
/// group of totals carries the foreign keys of its relation dimensions instead.
/// </summary>
public sealed class EntityRow : IReadOnlyDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values;
    private readonly IReadOnlyDictionary<string, long?>? _foreignKeys;

    internal EntityRow(EntityDefinition entity, long key, Dictionary<string, object?> values, IReadOnlyDictionary<string, long?>? foreignKeys = null)
    {
        Entity = entity;
        Key = key;
        _values = values;
        _foreignKeys = foreignKeys;
        _values["id"] = GlobalId.Format(entity.Name, key);
    }

    /// <summary>The entity this row belongs to.</summary>
    public EntityDefinition Entity { get; }

    /// <summary>The database key.</summary>
    public long Key { get; }

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Values;

    /// <inheritdoc />
    public object? this[string key] => _values[key];

    /// <summary>The foreign key of a to-one relation that was not joined (null when empty or not loaded).</summary>
    public long? ForeignKey(string relationName) => _foreignKeys?.GetValueOrDefault(relationName);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

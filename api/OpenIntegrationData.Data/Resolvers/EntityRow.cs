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
    private const string IdField = "id";

    private readonly Dictionary<string, object?> _values;
    private readonly IReadOnlyDictionary<string, long?>? _foreignKeys;
    private string? _id;

    internal EntityRow(EntityDefinition entity, long key, Dictionary<string, object?> values, IReadOnlyDictionary<string, long?>? foreignKeys = null)
    {
        Entity = entity;
        Key = key;
        _values = values;
        _foreignKeys = foreignKeys;
    }

    /// <summary>The entity this row belongs to.</summary>
    public EntityDefinition Entity { get; }

    /// <summary>The database key.</summary>
    public long Key { get; }

    /// <summary>The global ID (field <c>id</c>), made on first read: most rows of a page are never asked for it.</summary>
    public string Id => _id ??= GlobalId.Format(Entity.Name, Key);

    /// <inheritdoc />
    public int Count => _values.Count + 1;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _values.Keys.Prepend(IdField);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Values.Prepend(Id);

    /// <inheritdoc />
    public object? this[string key] => key == IdField ? Id : _values[key];

    /// <summary>The foreign key of a to-one relation that was not joined (null when empty or not loaded).</summary>
    public long? ForeignKey(string relationName) => _foreignKeys?.GetValueOrDefault(relationName);

    /// <inheritdoc />
    public bool ContainsKey(string key) => key == IdField || _values.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (key == IdField)
        {
            value = Id;
            return true;
        }

        return _values.TryGetValue(key, out value);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        _values.Prepend(new KeyValuePair<string, object?>(IdField, Id)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

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

    private readonly RowShape _shape;
    private readonly object?[] _values;
    private readonly IReadOnlyDictionary<string, long?>? _foreignKeys;
    private string? _id;

    internal EntityRow(EntityDefinition entity, long key, RowShape shape, object?[] values, IReadOnlyDictionary<string, long?>? foreignKeys = null)
    {
        Entity = entity;
        Key = key;
        _shape = shape;
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
    public int Count => _values.Length + 1;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _shape.Names.Prepend(IdField);

    /// <inheritdoc />
    public IEnumerable<object?> Values => _values.Prepend(Id);

    /// <inheritdoc />
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The row holds no value for {key}.");

    /// <summary>The foreign key of a to-one relation that was not joined (null when empty or not loaded).</summary>
    public long? ForeignKey(string relationName) => _foreignKeys?.GetValueOrDefault(relationName);

    /// <inheritdoc />
    public bool ContainsKey(string key) => key == IdField || _shape.PositionOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (key == IdField)
        {
            value = Id;
            return true;
        }

        var position = _shape.PositionOf(key);
        value = position >= 0 ? _values[position] : null;
        return position >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() =>
        _shape.Names.Select((name, i) => new KeyValuePair<string, object?>(name, _values[i]))
            .Prepend(new KeyValuePair<string, object?>(IdField, Id))
            .GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

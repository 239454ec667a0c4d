using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// A read-only list of named schema elements (fields, arguments, enum values) that keeps
/// declaration order and also finds an element by name.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public sealed class NamedCollection<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    internal NamedCollection(IEnumerable<T> items, Func<T, string> nameOf)
    {
        _items = [.. items];
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            // The first definition wins; schema validation reports the duplicates.
            _byName.TryAdd(nameOf(item), item);
        }
    }

    /// <summary>An empty collection.</summary>
    public static NamedCollection<T> Empty { get; } = new([], static _ => string.Empty);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The element with the given name.</summary>
    /// <exception cref="KeyNotFoundException">When there is none.</exception>
    public T this[string name] =>
        _byName.TryGetValue(name, out var item) ? item : throw new KeyNotFoundException($"No element named \"{name}\".");

    /// <summary>Finds an element by name.</summary>
    public bool TryGetValue(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    /// <summary>The element with the given name, or null.</summary>
    public T? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Whether an element with the given name exists.</summary>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}

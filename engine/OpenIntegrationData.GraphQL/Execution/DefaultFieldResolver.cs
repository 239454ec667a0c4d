using System.Collections.Concurrent;
using System.Reflection;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (spec 6.4.2 ResolveFieldValue): the parent's entry
/// named like the field when the parent is a string-keyed dictionary, otherwise the public
/// instance property whose name equals the field name ignoring case (<c>name</c> → <c>Name</c>).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> Properties = new();

    /// <summary>The default resolver as a <see cref="FieldResolver"/>.</summary>
    public static FieldResolver Instance { get; } = FieldResolver.FromSync(static context => ReadMember(context.Parent, context.Field.Definition.Name));

    /// <summary>The member of <paramref name="parent"/> named <paramref name="fieldName"/>, or null when there is none.</summary>
    public static object? ReadMember(object? parent, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var value) ? value : null;
        }

        var property = Properties.GetOrAdd((parent.GetType(), fieldName), static key => FindProperty(key.Item1, key.Item2));
        return property?.GetValue(parent);
    }

    private static PropertyInfo? FindProperty(Type type, string fieldName) =>
        type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { CanRead: true } property
            && property.GetIndexParameters().Length == 0
            ? property
            : null;
}

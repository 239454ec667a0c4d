using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (spec 6.4.2 ResolveFieldValue): the parent's entry
/// named like the field when the parent is a string-keyed dictionary, otherwise the public
/// instance property whose name equals the field name ignoring case (<c>name</c> → <c>Name</c>).
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>> Readers = new();
    private static readonly Func<object, object?> NoMember = static _ => null;

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

        return Readers.GetOrAdd((parent.GetType(), fieldName), static key => CreateReader(key.Item1, key.Item2))(parent);
    }

    // A compiled getter costs a few nanoseconds per call where PropertyInfo.GetValue costs ~100.
    private static Func<object, object?> CreateReader(Type type, string fieldName)
    {
        var property = type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is not { CanRead: true } || property.GetIndexParameters().Length != 0)
        {
            return NoMember;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}

using OpenIntegrationData.GraphQL.Planning;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Abstract type resolution (spec 6.4.3 ResolveAbstractType).</summary>
internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// ResolveAbstractType (spec 6.4.3): the object type of a value of an interface or union,
    /// found as <see cref="TypeResolutionExtensions"/> describes; null (with a field error)
    /// when no possible type claims the value.
    /// </summary>
    private ObjectType? ResolveAbstractType(PlannedField field, NamedType abstractType, object value, ResultNode node, int index)
    {
        var possibleTypes = _request.Schema.GetPossibleTypes(abstractType);
        var typeName = TypeNameOf(abstractType, value);
        if (typeName is null)
        {
            var recognised = FindByIsTypeOf(possibleTypes, value) ?? FindByName(possibleTypes, value.GetType().Name);
            if (recognised is not null)
            {
                return recognised;
            }

            Report(ExecutionErrors.AbstractTypeUnresolved(abstractType, field.Definition, field.Locations, node.PathOf(index)));
            return null;
        }

        if (FindByName(possibleTypes, typeName) is { } named)
        {
            return named;
        }

        Report(ExecutionErrors.AbstractTypeInvalid(abstractType, typeName, field.Definition, field.Locations, node.PathOf(index)));
        return null;
    }

    private static string? TypeNameOf(NamedType abstractType, object value)
    {
        if (value is TypedValue typed)
        {
            return typed.TypeName;
        }

        if (abstractType.Features.GetValueOrDefault(TypeResolutionExtensions.ResolveTypeFeatureKey) is Func<object, string?> resolveType)
        {
            return resolveType(value);
        }

        return value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name ? name : null;
    }

    // Indexed loops, not foreach or FirstOrDefault with a lambda: both would allocate (an enumerator, a closure) per abstract value.
    private static ObjectType? FindByName(IReadOnlyList<ObjectType> possibleTypes, string typeName)
    {
        for (var i = 0; i < possibleTypes.Count; i++)
        {
            if (possibleTypes[i].Name == typeName)
            {
                return possibleTypes[i];
            }
        }

        return null;
    }

    private static ObjectType? FindByIsTypeOf(IReadOnlyList<ObjectType> possibleTypes, object value)
    {
        for (var i = 0; i < possibleTypes.Count; i++)
        {
            var possibleType = possibleTypes[i];
            if (possibleType.Features.GetValueOrDefault(TypeResolutionExtensions.IsTypeOfFeatureKey) is Func<object, bool> isTypeOf && isTypeOf(value))
            {
                return possibleType;
            }
        }

        return null;
    }
}

using System.Collections;
using System.Runtime.CompilerServices;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>Coercion of external values, i.e. variable values decoded from JSON (spec 6.4.1).</summary>
public static partial class InputCoercion
{
    /// <summary>
    /// Coerces an external value (null, bool, string, int/long/decimal/double, list, string-keyed
    /// map) to a runtime value of <paramref name="type"/>, collecting every error with its path.
    /// A single value given for a list type becomes a one-item list.
    /// </summary>
    public static InputCoercionResult CoerceInputValue(object? externalValue, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<InputCoercionError>();
        var value = CoerceExternal(externalValue, type, null, errors);
        return errors.Count == 0 ? InputCoercionResult.Success(value) : InputCoercionResult.Failure(errors);
    }

    private static object? CoerceExternal(object? value, GraphQLType type, InputPath? path, List<InputCoercionError> errors)
    {
        // Variables arrive from JSON nested as deep as the client likes; refuse rather than overflow the stack.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            errors.Add(new InputCoercionError("The value is nested too deeply.", path, value, null));
            return null;
        }

        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                errors.Add(new InputCoercionError($"Expected non-nullable type \"{type}\" not to be null.", path, value, null));
                return null;
            }

            return CoerceExternal(value, nonNull.OfType, path, errors);
        }

        if (value is null)
        {
            return null;
        }

        return type switch
        {
            ListType list => CoerceExternalList(value, list, path, errors),
            InputObjectType inputObject => CoerceExternalObject(value, inputObject, path, errors),
            LeafType leaf => CoerceExternalLeaf(value, leaf, path, errors),
            _ => throw new ArgumentException($"\"{type}\" is not an input type.", nameof(type)),
        };
    }

    private static object? CoerceExternalList(object value, ListType list, InputPath? path, List<InputCoercionError> errors)
    {
        if (value is string or IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            return new[] { CoerceExternal(value, list.OfType, path, errors) };
        }

        var coerced = new List<object?>();
        var index = 0;
        foreach (var item in items)
        {
            coerced.Add(CoerceExternal(item, list.OfType, InputPath.Append(path, index), errors));
            index++;
        }

        return coerced.ToArray();
    }

    private static object? CoerceExternalObject(
        object value,
        InputObjectType type,
        InputPath? path,
        List<InputCoercionError> errors)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            errors.Add(new InputCoercionError($"Expected type \"{type.Name}\" to be an object.", path, value, null));
            return null;
        }

        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (map.TryGetValue(field.Name, out var fieldValue))
            {
                coerced[field.Name] = CoerceExternal(fieldValue, field.Type, InputPath.Append(path, field.Name), errors);
            }
            else if (field.HasDefaultValue)
            {
                coerced[field.Name] = field.CoercedDefaultValue;
            }
            else if (field.Type.IsNonNull)
            {
                errors.Add(new InputCoercionError(
                    $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.", path, value, null));
            }
        }

        foreach (var key in map.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var suggestions = SuggestionList.Create(key, type.Fields.Select(static f => f.Name));
                errors.Add(new InputCoercionError(
                    $"Field \"{key}\" is not defined by type \"{type.Name}\".{DidYouMean.Format(suggestions)}", path, value, null));
            }
        }

        if (type.IsOneOf)
        {
            CheckExternalOneOf(map, type, path, errors);
        }

        return Freeze(coerced);
    }

    private static void CheckExternalOneOf(
        IReadOnlyDictionary<string, object?> map,
        InputObjectType type,
        InputPath? path,
        List<InputCoercionError> errors)
    {
        if (map.Count != 1)
        {
            errors.Add(new InputCoercionError($"Exactly one key must be specified for OneOf type \"{type.Name}\".", path, map, null));
            return;
        }

        var (key, fieldValue) = map.First();
        if (fieldValue is null)
        {
            errors.Add(new InputCoercionError($"Field \"{key}\" must be non-null.", InputPath.Append(path, key), fieldValue, null));
        }
    }

    private static object? CoerceExternalLeaf(object value, LeafType leaf, InputPath? path, List<InputCoercionError> errors)
    {
        var result = leaf.ParseValue(value);
        if (result.Succeeded)
        {
            return result.Value;
        }

        errors.Add(new InputCoercionError(result.Error ?? $"Expected type \"{leaf.Name}\".", path, value, null));
        return null;
    }
}

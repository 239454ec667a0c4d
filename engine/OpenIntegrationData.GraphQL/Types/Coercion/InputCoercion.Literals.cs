using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>Coercion of literals written in a document or in SDL (spec 3.10, 3.11, 6.4.2).</summary>
public static partial class InputCoercion
{
    /// <summary>
    /// Coerces a literal to a runtime value of <paramref name="type"/>. Variables inside the
    /// literal take their (already coerced) values from <paramref name="variableValues"/>; a
    /// variable without a value counts as null in a list, and as not given in an input object
    /// field (so the field default applies). Callers handle a top-level variable themselves.
    /// </summary>
    public static InputCoercionResult CoerceInputLiteral(
        ValueNode literal,
        GraphQLType type,
        IReadOnlyDictionary<string, object?>? variableValues = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<InputCoercionError>();
        var context = new LiteralContext(variableValues, errors);
        var value = context.Coerce(literal, type, null);
        return errors.Count == 0 ? InputCoercionResult.Success(value) : InputCoercionResult.Failure(errors);
    }

    /// <summary>
    /// Checks that a literal is valid for <paramref name="type"/> without knowing variable values
    /// (spec 5.6.1 "Values of Correct Type"): variables are taken to be valid here, because the
    /// rule "All Variable Usages Are Allowed" checks them. Returns every error with its path.
    /// </summary>
    public static IReadOnlyList<InputCoercionError> ValidateInputLiteral(ValueNode literal, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        var errors = new List<InputCoercionError>();
        new LiteralContext(null, errors, variablesUnknown: true).Coerce(literal, type, null);
        return errors;
    }

    private sealed class LiteralContext(
        IReadOnlyDictionary<string, object?>? variables,
        List<InputCoercionError> errors,
        bool variablesUnknown = false)
    {
        public object? Coerce(ValueNode literal, GraphQLType type, InputPath? path)
        {
            if (literal is VariableNode variable)
            {
                return CoerceVariable(variable, type, path);
            }

            if (type is NonNullType nonNull)
            {
                if (literal is NullValueNode)
                {
                    Fail($"Expected value of type \"{type}\", found null.", path, literal);
                    return null;
                }

                return Coerce(literal, nonNull.OfType, path);
            }

            if (literal is NullValueNode)
            {
                return null;
            }

            return type switch
            {
                ListType list => CoerceList(literal, list, path),
                InputObjectType inputObject => CoerceObject(literal, inputObject, path),
                LeafType leaf => CoerceLeaf(literal, leaf, path),
                _ => throw new ArgumentException($"\"{type}\" is not an input type.", nameof(type)),
            };
        }

        public bool HasVariable(VariableNode variable) => variablesUnknown || variables?.ContainsKey(variable.Name.Value) == true;

        private object? CoerceVariable(VariableNode variable, GraphQLType type, InputPath? path)
        {
            if (variablesUnknown)
            {
                return null;
            }

            var value = variables?.GetValueOrDefault(variable.Name.Value);
            if (value is null)
            {
                if (type.IsNonNull)
                {
                    Fail($"Expected value of type \"{type}\", found null.", path, variable);
                }

                return null;
            }

            // A variable of the item type used where a list is expected stands for a one-item list.
            if (type.NullableType is ListType && value is not IReadOnlyList<object?>)
            {
                return new[] { value };
            }

            return value;
        }

        private object?[] CoerceList(ValueNode literal, ListType list, InputPath? path)
        {
            if (literal is not ListValueNode items)
            {
                return [Coerce(literal, list.OfType, path)];
            }

            var coerced = new object?[items.Values.Count];
            for (var i = 0; i < coerced.Length; i++)
            {
                coerced[i] = Coerce(items.Values[i], list.OfType, InputPath.Append(path, i));
            }

            return coerced;
        }

        private IReadOnlyDictionary<string, object?>? CoerceObject(ValueNode literal, InputObjectType type, InputPath? path)
        {
            if (literal is not ObjectValueNode obj)
            {
                Fail($"Expected value of type \"{type.Name}\", found {LiteralPrinter.Print(literal)}.", path, literal);
                return null;
            }

            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
            {
                given.TryAdd(field.Name.Value, field);
            }

            var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var field in type.Fields)
            {
                CoerceObjectField(type, field, given.GetValueOrDefault(field.Name), coerced, obj, path);
            }

            foreach (var field in obj.Fields)
            {
                if (!type.Fields.Contains(field.Name.Value))
                {
                    var suggestions = SuggestionList.Create(field.Name.Value, type.Fields.Select(static f => f.Name));
                    Fail($"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".{DidYouMean.Format(suggestions)}", path, field);
                }
            }

            if (type.IsOneOf)
            {
                CheckOneOf(type, obj, coerced, path);
            }

            return Freeze(coerced);
        }

        private void CoerceObjectField(
            InputObjectType type,
            InputValueDefinition field,
            ObjectFieldNode? given,
            OrderedDictionary<string, object?> coerced,
            ObjectValueNode obj,
            InputPath? path)
        {
            var isGiven = given is not null && (given.Value is not VariableNode variable || HasVariable(variable));
            if (isGiven)
            {
                coerced[field.Name] = Coerce(given!.Value, field.Type, InputPath.Append(path, field.Name));
                return;
            }

            if (field.HasDefaultValue)
            {
                coerced[field.Name] = field.CoercedDefaultValue;
                return;
            }

            if (field.Type.IsNonNull)
            {
                Fail($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", path, obj);
            }
        }

        private void CheckOneOf(
            InputObjectType type,
            ObjectValueNode obj,
            OrderedDictionary<string, object?> coerced,
            InputPath? path)
        {
            if (obj.Fields.Count != 1)
            {
                Fail($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", path, obj);
                return;
            }

            var field = obj.Fields[0];
            if (field.Value is VariableNode && variablesUnknown)
            {
                return;
            }

            if (coerced.TryGetValue(field.Name.Value, out var value) && value is null)
            {
                Fail($"Field \"{type.Name}.{field.Name.Value}\" must be non-null.", InputPath.Append(path, field.Name.Value), field);
            }
        }

        private object? CoerceLeaf(ValueNode literal, LeafType leaf, InputPath? path)
        {
            var result = leaf.ParseLiteral(literal);
            if (result.Succeeded)
            {
                return result.Value;
            }

            Fail(result.Error ?? $"Expected value of type \"{leaf.Name}\", found {LiteralPrinter.Print(literal)}.", path, literal);
            return null;
        }

        private void Fail(string message, InputPath? path, SyntaxNode node) =>
            errors.Add(new InputCoercionError(message, path, node as ValueNode, node));
    }
}

using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// An enum type (spec 3.9): a closed set of names, each standing for a runtime value. Inputs
/// are coerced from names to runtime values, results from runtime values to names.
/// </summary>
public sealed class EnumType : LeafType
{
    private Dictionary<object, EnumValueDefinition> _byRuntimeValue = [];

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in declaration order.</summary>
    public NamedCollection<EnumValueDefinition> Values { get; private set; } = NamedCollection<EnumValueDefinition>.Empty;

    /// <summary>The value definition for a runtime value, or null.</summary>
    public EnumValueDefinition? FindByRuntimeValue(object runtimeValue) => _byRuntimeValue.GetValueOrDefault(runtimeValue);

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue)
    {
        if (runtimeValue is not null && _byRuntimeValue.TryGetValue(runtimeValue, out var byValue))
        {
            return CoercionResult.Success(byValue.Name);
        }

        // A resolver may also return the name itself.
        if (runtimeValue is string name && Values.Contains(name))
        {
            return CoercionResult.Success(name);
        }

        return CoercionResult.Failure($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(runtimeValue)}");
    }

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue)
    {
        if (externalValue is not string name)
        {
            var text = ValueInspector.Inspect(externalValue);
            return CoercionResult.Failure($"Enum \"{Name}\" cannot represent non-string value: {text}.{DidYouMeanValue(text)}");
        }

        if (Values.TryGetValue(name, out var value))
        {
            return CoercionResult.Success(value.Value);
        }

        return CoercionResult.Failure($"Value \"{name}\" does not exist in \"{Name}\" enum.{DidYouMeanValue(name)}");
    }

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var text = LiteralPrinter.Print(literal);
            return CoercionResult.Failure($"Enum \"{Name}\" cannot represent non-enum value: {text}.{DidYouMeanValue(text)}");
        }

        if (Values.TryGetValue(enumLiteral.Value, out var value))
        {
            return CoercionResult.Success(value.Value);
        }

        return CoercionResult.Failure(
            $"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum.{DidYouMeanValue(enumLiteral.Value)}");
    }

    /// <inheritdoc />
    public override ValueNode? ValueToLiteral(object? runtimeValue)
    {
        if (runtimeValue is null)
        {
            return new NullValueNode();
        }

        var serialized = Serialize(runtimeValue);
        return serialized.Succeeded ? new EnumValueNode((string)serialized.Value!) : null;
    }

    internal void Complete(NamedCollection<EnumValueDefinition> values)
    {
        Values = values;
        _byRuntimeValue = [];
        foreach (var value in values)
        {
            _byRuntimeValue.TryAdd(value.Value, value);
        }
    }

    private string DidYouMeanValue(string input)
    {
        var suggestions = SuggestionList.Create(input, Values.Select(static v => v.Name));
        return DidYouMean.Format(suggestions, "the enum value");
    }
}

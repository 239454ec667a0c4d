using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds an enum type (spec 3.9).</summary>
public sealed class EnumTypeBuilder : DescribedElementBuilder<EnumTypeBuilder>
{
    internal EnumTypeBuilder(string name, Location? location = null)
        : base(name, location)
    {
    }

    internal List<EnumValueBuilder> ValueBuilders { get; } = [];

    /// <summary>Adds a value whose runtime value is its name.</summary>
    public EnumTypeBuilder Value(string name, Action<EnumValueBuilder>? configure = null) => Value(name, null, configure);

    /// <summary>Adds a value standing for <paramref name="runtimeValue"/> (null: the name itself).</summary>
    public EnumTypeBuilder Value(string name, object? runtimeValue, Action<EnumValueBuilder>? configure = null)
    {
        var value = new EnumValueBuilder(name, runtimeValue);
        configure?.Invoke(value);
        ValueBuilders.Add(value);
        return this;
    }

    /// <summary>
    /// Adds one value per member of <typeparamref name="TEnum"/>, named in UPPER_SNAKE_CASE as
    /// HotChocolate names them (<c>InProgress</c> → <c>IN_PROGRESS</c>), standing for the member.
    /// </summary>
    public EnumTypeBuilder Values<TEnum>(Action<TEnum, EnumValueBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        foreach (var member in Enum.GetValues<TEnum>())
        {
            var value = new EnumValueBuilder(NameConventions.ToEnumValueName(member.ToString()), member);
            configure?.Invoke(member, value);
            ValueBuilders.Add(value);
        }

        return this;
    }

    /// <summary>Applies <c>@cost(weight: "…")</c>.</summary>
    public EnumTypeBuilder Cost(double weight) => Directive(CostDirectives.CostDirective(weight));

    internal void AddValue(EnumValueBuilder value) => ValueBuilders.Add(value);
}

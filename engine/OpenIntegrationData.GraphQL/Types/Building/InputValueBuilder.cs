using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds an argument or an input object field.</summary>
public sealed class InputValueBuilder : DeprecatableElementBuilder<InputValueBuilder>
{
    internal InputValueBuilder(string name, TypeReference type, Location? location = null)
        : base(name, location)
    {
        Type = type;
    }

    internal TypeReference Type { get; }

    internal bool HasDefault { get; private set; }

    internal object? DefaultValueSource { get; private set; }

    /// <summary>
    /// Sets the default value: a literal (<see cref="ValueNode"/>), or a runtime value that is
    /// written as a literal for the input type (an enum accepts its runtime value or its name).
    /// <c>null</c> sets an explicit null default.
    /// </summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        DefaultValueSource = value;
        return this;
    }

    /// <summary>Applies <c>@cost(weight: "…")</c>.</summary>
    public InputValueBuilder Cost(double weight) => Directive(CostDirectives.CostDirective(weight));
}

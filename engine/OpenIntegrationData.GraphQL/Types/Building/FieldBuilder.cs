using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds a field of an object or interface type.</summary>
public sealed class FieldBuilder : DeprecatableElementBuilder<FieldBuilder>
{
    internal FieldBuilder(string name, TypeReference type, Location? location = null)
        : base(name, location)
    {
        Type = type;
    }

    internal TypeReference Type { get; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    /// <summary>Adds an argument; <paramref name="type"/> is a type reference such as <c>Int</c> or <c>[ID!]!</c>.</summary>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Argument(name, TypeReference.Parse(type), configure);

    /// <summary>Adds an argument with a type given as syntax.</summary>
    public FieldBuilder Argument(string name, TypeReference type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, type);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    internal void AddArgument(InputValueBuilder argument) => Arguments.Add(argument);

    /// <summary>Applies <c>@cost(weight: "…")</c>.</summary>
    public FieldBuilder Cost(double weight) => Directive(CostDirectives.CostDirective(weight));

    /// <summary>
    /// Applies <c>@listSize</c> with the arguments HotChocolate prints, in its order; null
    /// arguments are left out.
    /// </summary>
    public FieldBuilder ListSize(
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        int? slicingArgumentDefaultValue = null,
        IReadOnlyList<string>? sizedFields = null,
        bool? requireOneSlicingArgument = null)
    {
        var arguments = new List<(string, object?)>();
        AddIfSet(arguments, "assumedSize", assumedSize);
        AddIfSet(arguments, "slicingArguments", slicingArguments);
        AddIfSet(arguments, "slicingArgumentDefaultValue", slicingArgumentDefaultValue);
        AddIfSet(arguments, "sizedFields", sizedFields);
        AddIfSet(arguments, "requireOneSlicingArgument", requireOneSlicingArgument);
        return Directive(CostDirectives.ListSizeName, [.. arguments]);
    }

    private static void AddIfSet(List<(string, object?)> arguments, string name, object? value)
    {
        if (value is not null)
        {
            arguments.Add((name, value));
        }
    }
}

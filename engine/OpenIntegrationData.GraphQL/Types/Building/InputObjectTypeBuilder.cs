using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds an input object type (spec 3.10).</summary>
public sealed class InputObjectTypeBuilder : DescribedElementBuilder<InputObjectTypeBuilder>
{
    internal InputObjectTypeBuilder(string name, Location? location = null)
        : base(name, location)
    {
    }

    internal List<InputValueBuilder> Fields { get; } = [];

    /// <summary>Adds an input field; <paramref name="type"/> is a type reference such as <c>String</c> or <c>[DistrictFilterInput!]</c>.</summary>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null) =>
        Field(name, TypeReference.Parse(type), configure);

    /// <summary>Adds an input field with a type given as syntax.</summary>
    public InputObjectTypeBuilder Field(string name, TypeReference type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    /// <summary>Makes it a OneOf input object: exactly one field must be given (spec 3.10.1, <c>@oneOf</c>).</summary>
    public InputObjectTypeBuilder OneOf() => Directive(new AppliedDirective(BuiltInDirectives.OneOfName));

    internal void AddField(InputValueBuilder field) => Fields.Add(field);
}

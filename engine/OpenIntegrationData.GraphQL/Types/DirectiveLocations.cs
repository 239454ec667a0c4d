using System.Diagnostics.CodeAnalysis;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>The SDL names of <see cref="DirectiveLocation"/> values (<c>FIELD_DEFINITION</c> …).</summary>
public static class DirectiveLocations
{
    private static readonly Dictionary<DirectiveLocation, string> Names = new()
    {
        [DirectiveLocation.Query] = "QUERY",
        [DirectiveLocation.Mutation] = "MUTATION",
        [DirectiveLocation.Subscription] = "SUBSCRIPTION",
        [DirectiveLocation.Field] = "FIELD",
        [DirectiveLocation.FragmentDefinition] = "FRAGMENT_DEFINITION",
        [DirectiveLocation.FragmentSpread] = "FRAGMENT_SPREAD",
        [DirectiveLocation.InlineFragment] = "INLINE_FRAGMENT",
        [DirectiveLocation.VariableDefinition] = "VARIABLE_DEFINITION",
        [DirectiveLocation.Schema] = "SCHEMA",
        [DirectiveLocation.Scalar] = "SCALAR",
        [DirectiveLocation.Object] = "OBJECT",
        [DirectiveLocation.FieldDefinition] = "FIELD_DEFINITION",
        [DirectiveLocation.ArgumentDefinition] = "ARGUMENT_DEFINITION",
        [DirectiveLocation.Interface] = "INTERFACE",
        [DirectiveLocation.Union] = "UNION",
        [DirectiveLocation.Enum] = "ENUM",
        [DirectiveLocation.EnumValue] = "ENUM_VALUE",
        [DirectiveLocation.InputObject] = "INPUT_OBJECT",
        [DirectiveLocation.InputFieldDefinition] = "INPUT_FIELD_DEFINITION",
        [DirectiveLocation.DirectiveDefinition] = "DIRECTIVE_DEFINITION",
    };

    private static readonly Dictionary<string, DirectiveLocation> ByName =
        Names.ToDictionary(static pair => pair.Value, static pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The SDL name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[location];

    /// <summary>Reads an SDL name.</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out DirectiveLocation? location)
    {
        if (ByName.TryGetValue(name, out var found))
        {
            location = found;
            return true;
        }

        location = null;
        return false;
    }
}

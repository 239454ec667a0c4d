namespace OpenIntegrationData.GraphQL.Language;

/// <summary>The names allowed as DirectiveLocation (spec 3.13): executable and type-system locations.</summary>
internal static class DirectiveLocations
{
    /// <summary>Whether <paramref name="name"/> is one of the spec's directive locations.</summary>
    public static bool IsKnown(ReadOnlySpan<char> name) => name switch
    {
        "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
            or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" => true,
        "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION" or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION"
            or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT" or "INPUT_FIELD_DEFINITION" or "DIRECTIVE_DEFINITION" => true,
        _ => false,
    };
}

using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the directive rules (spec 5.7).</summary>
public static partial class ValidationErrors
{
    /// <summary>5.7.1</summary>
    public static GraphQLError UnknownDirective(DirectiveNode directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Spec($"Unknown directive {Quote("@" + directive.Name.Value)}.", ValidationErrorCodes.DirectivesAreDefined, "Directives-Are-Defined", directive);
    }

    /// <summary>5.7.2; <paramref name="location"/> is the SDL name, e.g. <c>FIELD</c>.</summary>
    public static GraphQLError MisplacedDirective(DirectiveNode directive, string location)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Spec(
            $"Directive {Quote("@" + directive.Name.Value)} may not be used on {location}.",
            ValidationErrorCodes.DirectivesAreInValidLocations,
            "Directives-Are-in-Valid-Locations",
            directive);
    }

    /// <summary>5.7.3</summary>
    public static GraphQLError DuplicateDirective(DirectiveNode first, DirectiveNode duplicate)
    {
        ArgumentNullException.ThrowIfNull(duplicate);
        return Spec(
            $"The directive {Quote("@" + duplicate.Name.Value)} can only be used once at this location.",
            ValidationErrorCodes.DirectivesAreUniquePerLocation,
            "Directives-Are-Unique-per-Location",
            first,
            duplicate);
    }
}

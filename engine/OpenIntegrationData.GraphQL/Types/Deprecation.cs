using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>Reads deprecation from the applied <c>@deprecated</c> directive (spec 3.13.3).</summary>
internal static class Deprecation
{
    /// <summary>The reason used when <c>@deprecated</c> has no <c>reason</c> argument.</summary>
    public const string DefaultReason = "No longer supported";

    /// <summary>The deprecation reason, or null when the element is not deprecated.</summary>
    public static string? ReasonOf(IReadOnlyList<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name != BuiltInDirectives.DeprecatedName)
            {
                continue;
            }

            return directive.GetArgument("reason") is StringValueNode reason ? reason.Value : DefaultReason;
        }

        return null;
    }
}

using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Transport;

/// <summary>The <c>GraphQL-Cost</c> request header (docs/conventions.md#cost-limits): <c>report</c> or <c>validate</c>; anything else is ignored.</summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostMode Read(IHeaderDictionary headers)
    {
        var value = headers[Name].ToString().Trim();
        if (value.Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            return CostMode.Report;
        }

        return value.Equals("validate", StringComparison.OrdinalIgnoreCase) ? CostMode.ValidateOnly : CostMode.None;
    }
}

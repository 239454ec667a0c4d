using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of cost analysis, exactly as HotChocolate 15 words them (docs/conventions.md#cost-limits).</summary>
public static partial class ValidationErrors
{
    /// <summary>HotChocolate's code for exceeded cost limits.</summary>
    public const string CostExceededCode = "HC0047";

    /// <summary>HotChocolate's code for a missing or repeated slicing argument.</summary>
    public const string SlicingArgumentCode = "HC0082";

    /// <summary>HC0047 for the field cost.</summary>
    public static GraphQLError FieldCostExceeded(double fieldCost, double maxFieldCost) =>
        new(
            "The maximum allowed field cost was exceeded.",
            extensions: [Code(CostExceededCode), new("fieldCost", fieldCost), new("maxFieldCost", maxFieldCost)]);

    /// <summary>HC0047 for the type cost.</summary>
    public static GraphQLError TypeCostExceeded(double typeCost, double maxTypeCost) =>
        new(
            "The maximum allowed type cost was exceeded.",
            extensions: [Code(CostExceededCode), new("typeCost", typeCost), new("maxTypeCost", maxTypeCost)]);

    /// <summary>HC0082: a field with <c>@listSize(requireOneSlicingArgument: true)</c> got none or several.</summary>
    public static GraphQLError ExactlyOneSlicingArgument(FieldNode field, IReadOnlyList<object> path) =>
        new("Exactly one slicing argument must be defined.", GraphQLError.LocationsOf(field), path, [Code(SlicingArgumentCode)]);
}

using System.Globalization;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// The cost-analysis directives of the IBM/GraphQL cost specification as HotChocolate 15 defines
/// them (<c>@cost</c>, <c>@listSize</c>). A schema has them when the builder enables them.
/// </summary>
public static class CostDirectives
{
    /// <summary><c>cost</c></summary>
    public const string CostName = "cost";

    /// <summary><c>listSize</c></summary>
    public const string ListSizeName = "listSize";

    /// <summary><c>@cost(weight: String!)</c>.</summary>
    public static DirectiveDefinition Cost { get; } = new(
        CostName,
        "The purpose of the `cost` directive is to define a `weight` for GraphQL types, fields, and arguments. Static analysis can use these weights when calculating the overall cost of a query or response.",
        BuiltInDirectives.Arguments(
            BuiltInDirectives.Argument(
                CostName,
                "weight",
                "The `weight` argument defines what value to add to the overall cost for every appearance, or possible appearance, of a type, field, argument, etc.",
                BuiltInScalars.String.ToNonNull())),
        isRepeatable: false,
        [
            DirectiveLocation.Scalar,
            DirectiveLocation.Object,
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.Enum,
            DirectiveLocation.InputFieldDefinition,
        ]);

    /// <summary><c>@listSize(assumedSize, slicingArguments, slicingArgumentDefaultValue, sizedFields, requireOneSlicingArgument)</c>.</summary>
    public static DirectiveDefinition ListSize { get; } = new(
        ListSizeName,
        "The purpose of the `@listSize` directive is to either inform the static analysis about the size of returned lists (if that information is statically available), or to point the analysis to where to find that information.",
        BuiltInDirectives.Arguments(
            BuiltInDirectives.Argument(
                ListSizeName,
                "assumedSize",
                "The `assumedSize` argument can be used to statically define the maximum length of a list returned by a field.",
                BuiltInScalars.Int),
            BuiltInDirectives.Argument(
                ListSizeName,
                "slicingArguments",
                "The `slicingArguments` argument can be used to define which of the field's arguments with numeric type are slicing arguments, so that their value determines the size of the list returned by that field. It may specify a list of multiple slicing arguments.",
                BuiltInScalars.String.ToNonNull().ToList()),
            BuiltInDirectives.Argument(
                ListSizeName,
                "slicingArgumentDefaultValue",
                "The `slicingArgumentDefaultValue` argument can be used to define a default value for a slicing argument, which is used if the argument is not present in a query.",
                BuiltInScalars.Int),
            BuiltInDirectives.Argument(
                ListSizeName,
                "sizedFields",
                "The `sizedFields` argument can be used to define that the value of the `assumedSize` argument or of a slicing argument does not affect the size of a list returned by a field itself, but that of a list returned by one of its sub-fields.",
                BuiltInScalars.String.ToNonNull().ToList()),
            BuiltInDirectives.Argument(
                ListSizeName,
                "requireOneSlicingArgument",
                "The `requireOneSlicingArgument` argument can be used to inform the static analysis that it should expect that exactly one of the defined slicing arguments is present in a query. If that is not the case (i.e., if none or multiple slicing arguments are present), the static analysis may throw an error.",
                BuiltInScalars.Boolean.ToNonNull(),
                defaultValue: true)),
        isRepeatable: false,
        [DirectiveLocation.FieldDefinition]);

    /// <summary>Both, in the order HotChocolate prints them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Cost, ListSize];

    /// <summary>
    /// The weight of an element's <c>@cost</c> (a string holding a number, as HotChocolate writes
    /// it); null when the element has no <c>@cost</c> or the weight is not a number.
    /// </summary>
    public static double? GetWeight(IHasDirectives element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var weight = element.Directives.FirstOrDefault(static d => d.Name == CostName)?.GetArgument("weight");
        return weight is StringValueNode text
            && double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
    }

    /// <summary>An applied <c>@cost(weight: "…")</c>; HotChocolate writes weights as strings.</summary>
    public static AppliedDirective CostDirective(double weight) => new(
        CostName,
        [
            new ArgumentNode(
                new NameNode("weight"),
                new StringValueNode(weight.ToString(CultureInfo.InvariantCulture), block: false)),
        ]);
}

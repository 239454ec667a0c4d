using System.Globalization;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// The arguments of a <c>@listSize</c> applied to a field, read for cost analysis (IBM cost
/// specification as HotChocolate 15 uses it, docs/conventions.md#cost-directives).
/// </summary>
/// <param name="AssumedSize">The static list size assumed when no slicing argument applies.</param>
/// <param name="SlicingArguments">Arguments whose value is the list size, e.g. <c>first</c>, <c>last</c>.</param>
/// <param name="SlicingArgumentDefaultValue">The size used when no slicing argument is given.</param>
/// <param name="SizedFields">Sub-fields whose lists have that size (e.g. <c>edges</c>, <c>nodes</c>), empty when the field's own list does.</param>
/// <param name="RequireOneSlicingArgument">Whether exactly one slicing argument must be given (spec default true).</param>
public sealed record ListSizeDirective(
    int? AssumedSize,
    IReadOnlyList<string> SlicingArguments,
    int? SlicingArgumentDefaultValue,
    IReadOnlyList<string> SizedFields,
    bool RequireOneSlicingArgument)
{
    /// <summary>Reads the <c>@listSize</c> of a field; null when it has none.</summary>
    public static ListSizeDirective? From(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var directive = field.Directives.FirstOrDefault(static d => d.Name == CostDirectives.ListSizeName);
        if (directive is null)
        {
            return null;
        }

        return new ListSizeDirective(
            ReadInt(directive.GetArgument("assumedSize")),
            ReadStrings(directive.GetArgument("slicingArguments")),
            ReadInt(directive.GetArgument("slicingArgumentDefaultValue")),
            ReadStrings(directive.GetArgument("sizedFields")),
            directive.GetArgument("requireOneSlicingArgument") is not BooleanValueNode { Value: false });
    }

    private static int? ReadInt(ValueNode? literal) =>
        literal is IntValueNode integer && int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static IReadOnlyList<string> ReadStrings(ValueNode? literal) => literal switch
    {
        ListValueNode list => list.Values.OfType<StringValueNode>().Select(static s => s.Value).ToArray(),
        StringValueNode single => [single.Value],
        _ => [],
    };
}

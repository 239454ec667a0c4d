using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Querying.Sorting;
using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Querying.Paging;

/// <summary>
/// The checked paging arguments of one connection field (docs/conventions.md#paging): sizes
/// between 0 and the maximum (HC0079, HC0051; never clamped), cursors decoded for the current
/// sort keys (HC0078), and the default page size when neither <c>first</c> nor <c>last</c> is given.
/// </summary>
internal sealed record PageRequest(int? First, int? Last, IReadOnlyList<object?>? After, IReadOnlyList<object?>? Before)
{
    /// <summary>Only <c>last</c> is given: the page is read from the end.</summary>
    public bool IsBackward => Last is not null && First is null;

    /// <summary>How many rows to read: the page size plus one, to learn whether more exist.</summary>
    public int FetchCount => (IsBackward ? Last!.Value : First!.Value) + 1;

    /// <summary>
    /// The checked paging arguments, or the first error: a page size out of range, then the sort
    /// order's error (<paramref name="sort"/>), then a cursor that does not fit the sort keys.
    /// </summary>
    public static CompileResult<PageRequest> Create(
        IReadOnlyDictionary<string, object?> arguments,
        string fieldCoordinate,
        GraphOptions options,
        CompileResult<IReadOnlyList<SortKey>> sort)
    {
        var first = arguments.GetValueOrDefault("first") as int?;
        var last = arguments.GetValueOrDefault("last") as int?;
        var error = CheckSize(first, fieldCoordinate, options) ?? CheckSize(last, fieldCoordinate, options) ?? sort.Error;
        if (error is not null)
        {
            return error;
        }

        var kinds = sort.Value.Select(static k => k.Kind).ToArray();
        var after = DecodeCursor(arguments, "after", kinds, ref error);
        var before = DecodeCursor(arguments, "before", kinds, ref error);
        if (error is not null)
        {
            return error;
        }

        if (first is null && last is null)
        {
            first = options.EffectiveDefaultPageSize;
        }

        return new PageRequest(first, last, after, before);
    }

    private static GraphQLError? CheckSize(int? size, string fieldCoordinate, GraphOptions options) => size switch
    {
        < 0 => GraphErrors.NegativePageSize(fieldCoordinate, size.Value),
        { } value when value > options.MaxPageSize => GraphErrors.MaxPageSizeExceeded(fieldCoordinate, value, options.MaxPageSize),
        _ => null,
    };

    private static IReadOnlyList<object?>? DecodeCursor(IReadOnlyDictionary<string, object?> arguments, string name, IReadOnlyList<Graph.Catalog.ValueKind> kinds, ref GraphQLError? error)
    {
        if (error is not null || arguments.GetValueOrDefault(name) is not string cursor)
        {
            return null;
        }

        var values = KeysetCursor.Decode(cursor, kinds);
        if (values is null || values[^1] is null)
        {
            error = GraphErrors.InvalidCursor(name, cursor);
        }

        return values;
    }
}

using OpenIntegrationData.GraphQL.Errors;

namespace OpenIntegrationData.Data.Graph;

/// <summary>
/// The field errors of the graph, with HotChocolate's messages, codes and extension order
/// (docs/conventions.md#paging-limits, docs/conventions.md#filter-semantics, docs/conventions.md#global-ids). The executor adds locations and path.
/// </summary>
public static class GraphErrors
{
    /// <summary>HC0051: <c>first</c> or <c>last</c> above the maximum page size.</summary>
    public static GraphQLError MaxPageSizeExceeded(string fieldCoordinate, int requested, int maximum) => new(
        "The maximum allowed items per page were exceeded.",
        extensions:
        [
            new("code", "HC0051"),
            new("fieldCoordinate", fieldCoordinate),
            new("requestedItems", requested),
            new("maxAllowedItems", maximum),
        ]);

    /// <summary>HC0079: <c>first</c> or <c>last</c> below zero.</summary>
    public static GraphQLError NegativePageSize(string fieldCoordinate, int requested) => new(
        "The requested number of values per page must be at least 0.",
        extensions:
        [
            new("code", "HC0079"),
            new("fieldCoordinate", fieldCoordinate),
            new("requestedItems", requested),
        ]);

    /// <summary>HC0078: a cursor that cannot be read, or was made for another sort order.</summary>
    public static GraphQLError InvalidCursor(string argument, string cursor) => new(
        $"The cursor specified in `{argument}` has an invalid format.",
        extensions:
        [
            new("argument", argument),
            new("cursor", cursor),
            new("code", "HC0078"),
        ]);

    /// <summary>HC0026: null given to a filter operation that needs a value.</summary>
    public static GraphQLError NullFilterValue(string operation, string filterType, string expectedType) => new(
        $"The provided value for filter `{operation}` of type {filterType} is invalid. Null values are not supported.",
        extensions:
        [
            new("code", "HC0026"),
            new("expectedType", expectedType),
            new("filterType", filterType),
        ]);

    /// <summary>HC0026: null given as a sort direction.</summary>
    public static GraphQLError NullSortValue(string field, string sortType) => new(
        $"The provided value for sort `{field}` of type {sortType} is invalid. Null values are not supported.",
        extensions:
        [
            new("code", "HC0026"),
            new("expectedType", "SortEnumType!"),
            new("sortType", sortType),
        ]);

    /// <summary>An ID that is not a global ID (HotChocolate has no code for it).</summary>
    public static GraphQLError InvalidNodeId(string originalValue) => new(
        "The node ID string has an invalid format.",
        extensions: [new("originalValue", originalValue)]);

    /// <summary>A well-formed ID of a type that is not a node of this graph.</summary>
    public static GraphQLError NoNodeResolver(string typeName) => new(
        $"There is no node resolver registered for type `{typeName}`.");

    /// <summary>
    /// A lookup by key given the name of what it looks for (HotChocolate has no such error; the field stays null):
    /// names the key(s) and an operation, runnable as written, that finds keys by name.
    /// </summary>
    public static GraphQLError NameGivenForKey(string lookupField, string argument, string literal, IReadOnlyList<string> keys, string findKeys) => new(
        $"{literal} is a name, not a {argument}: ask {lookupField}({argument}: \"{keys[0]}\"). To find {argument}s by name: {findKeys}",
        extensions:
        [
            new("code", "KEY_EXPECTED"),
            new("argument", argument),
            new("keys", keys),
            new("findKeys", findKeys),
        ]);

    /// <summary><c>search</c> asked for more than it answers: a text too long or <c>first</c> out of range.</summary>
    public static GraphQLError SearchOutOfBounds(int length, int maxLength, int first, int maxFirst) => new(
        $"search takes a text of at most {maxLength} characters (this one has {length}) and first from 1 to {maxFirst} (this one is {first}).",
        extensions:
        [
            new("code", "SEARCH_OUT_OF_BOUNDS"),
            new("maxTextLength", maxLength),
            new("maxFirst", maxFirst),
        ]);

    /// <summary>HC0076: more IDs than <c>nodes(ids:)</c> accepts.</summary>
    public static GraphQLError TooManyNodes(int requested, int maximum) => new(
        $"The maximum number of nodes that can be fetched at once is {maximum}. This selection tried to fetch {requested} nodes that exceeded the maximum allowed amount.",
        extensions:
        [
            new("code", "HC0076"),
            new("requestedNodes", requested),
            new("maxAllowedNodes", maximum),
        ]);

    /// <summary><c>areasAt</c> given a point that is not WGS 84 longitude/latitude.</summary>
    public static GraphQLError PointOutOfRange(double longitude, double latitude) => new(
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"`longitude` must be between -180 and 180 and `latitude` between -90 and 90 (WGS 84 degrees, e.g. longitude: 13.405, latitude: 52.52 in Berlin); they were {longitude} and {latitude}."),
        extensions: [new("code", "POINT_OUT_OF_RANGE")]);
}

using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>The type names HotChocolate derives for generated types (docs/conventions.md#naming).</summary>
internal static class GraphTypeNames
{
    public const string Node = "Node";
    public const string PageInfo = "PageInfo";
    public const string SortEnum = "SortEnumType";
    public const string LocalizedText = "LocalizedText";
    public const string LocalizedTextFilter = "LocalizedTextFilterInput";
    public const string LocalizedTextSort = "LocalizedTextSortInput";
    public const string IdFilter = "IdOperationFilterInput";

    /// <summary><c>districts</c> → <c>DistrictsConnection</c>: named after the field, as HotChocolate infers it.</summary>
    public static string Connection(string fieldName) => $"{Capitalize(fieldName)}Connection";

    /// <summary><c>districts</c> → <c>DistrictsEdge</c>.</summary>
    public static string Edge(string fieldName) => $"{Capitalize(fieldName)}Edge";

    /// <summary>The operation filter input of a scalar or enum, e.g. <c>StringOperationFilterInput</c>.</summary>
    public static string OperationFilter(ValueKind kind, string? enumName) => $"{ScalarName(kind, enumName)}OperationFilterInput";

    /// <summary>The list filter of plain values, e.g. <c>ListStringOperationFilterInput</c>.</summary>
    public static string ValueListFilter(ValueKind kind, string? enumName) => $"List{ScalarName(kind, enumName)}OperationFilterInput";

    /// <summary>The list filter of objects, e.g. <c>ListFilterInputTypeOfProgrammeFilterInput</c>.</summary>
    public static string ObjectListFilter(EntityDefinition target) => $"ListFilterInputTypeOf{target.FilterInputName}";

    /// <summary>The GraphQL scalar or enum a value kind is served as.</summary>
    public static string ScalarName(ValueKind kind, string? enumName) => kind switch
    {
        ValueKind.String => "String",
        ValueKind.Int => "Int",
        ValueKind.Long => "Long",
        ValueKind.Decimal => "Decimal",
        ValueKind.Boolean => "Boolean",
        ValueKind.LocalDate => "LocalDate",
        ValueKind.Enum => enumName ?? throw new InvalidOperationException("An enum column needs an enum name."),
        ValueKind.LocalizedText => LocalizedText,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Capitalize(string name) => string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);
}

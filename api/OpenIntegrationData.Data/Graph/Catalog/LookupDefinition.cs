namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>A root field that finds one entity by a natural key, e.g. <c>municipality(key: "05111000")</c>.</summary>
/// <param name="FieldName">Root field name.</param>
/// <param name="ArgumentName">Argument name.</param>
/// <param name="ArgumentKind">String or Int.</param>
/// <param name="Columns">SQL expressions compared with the argument (as in <see cref="ColumnDefinition.Sql"/>); a row matching any of them is found.</param>
/// <param name="Description">Field description.</param>
/// <param name="ArgumentDescription">Argument description.</param>
public sealed record LookupDefinition(
    string FieldName,
    string ArgumentName,
    ValueKind ArgumentKind,
    IReadOnlyList<string> Columns,
    string Description,
    string ArgumentDescription);

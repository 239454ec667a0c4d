namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// A foreign key written in the CSV as the natural key of the row it points at: e.g. a district's
/// <c>municipality_ags</c> finds the municipality whose AGS it is and fills <c>municipality_id</c>.
/// </summary>
internal sealed class ReferenceSpec
{
    /// <summary>The foreign-key column of the database table (e.g. <c>municipality_id</c>).</summary>
    public required string DbColumn { get; init; }

    public required TableImport Target { get; init; }

    /// <summary>The CSV columns that hold the target's natural key, in the order of <see cref="TableImport.KeyColumns"/>.</summary>
    public required IReadOnlyList<string> CsvColumns { get; init; }

    public bool Required { get; init; }

    /// <summary>An optional reference is given when its last (most specific) column has a value.</summary>
    public string PresenceColumn => CsvColumns[^1];
}

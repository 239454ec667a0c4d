namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// How one CSV file (<c>&lt;table&gt;.csv</c>) maps onto one table: its plain columns, its references by
/// natural key, and its own natural key (the parts that identify a row, used for upserts and duplicates).
/// </summary>
internal sealed class TableImport
{
    public TableImport(
        string table, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<ReferenceSpec> references, IReadOnlyList<string> naturalKey,
        IReadOnlyList<string> csvColumns, IReadOnlyList<(string DbColumn, string[] CsvColumns)>? selfReferences = null)
    {
        CsvColumns = csvColumns;
        Table = table;
        Columns = columns;
        References = references;
        NaturalKey = naturalKey;
        KeyColumns = [.. naturalKey.SelectMany(FlattenKeyPart)];
        CsvKeyColumns = [.. naturalKey.SelectMany(CsvColumnsOfKeyPart).Distinct(StringComparer.Ordinal)];
        DbKeyColumns = [.. naturalKey.Select(part => References.FirstOrDefault(r => r.DbColumn == part)?.DbColumn ?? part)];
        // A row can name another row of the same file or table; its key is known only now.
        References = [.. references, .. (selfReferences ?? []).Select(s => new ReferenceSpec { DbColumn = s.DbColumn, Target = this, Required = false, CsvColumns = s.CsvColumns })];
    }

    public string Table { get; }

    public string FileName => TableFiles.NameOf(Table);

    public IReadOnlyList<ColumnSpec> Columns { get; }

    public IReadOnlyList<ReferenceSpec> References { get; }

    /// <summary>References to rows of this same table: resolved while the rows are written, parents before children.</summary>
    public IEnumerable<ReferenceSpec> ReferencesToItself => References.Where(r => r.Target == this);

    /// <summary>Parts of the natural key: names of plain columns or the <see cref="ReferenceSpec.DbColumn"/> of references.</summary>
    public IReadOnlyList<string> NaturalKey { get; }

    /// <summary>The natural key flattened to plain columns, following references to their own keys
    /// (a district's key is its municipality's AGS and its name). Other files refer to this table with values for these.</summary>
    public IReadOnlyList<ColumnSpec> KeyColumns { get; }

    /// <summary>The CSV columns of this file that make up its natural key.</summary>
    public IReadOnlyList<string> CsvKeyColumns { get; }

    /// <summary>The database columns of the natural key, as in the table's unique constraint.</summary>
    public IReadOnlyList<string> DbKeyColumns { get; }

    /// <summary>Every CSV column name the file may have, in the order the catalog declares them (the order of the seed files).</summary>
    public IReadOnlyList<string> CsvColumns { get; }

    /// <summary>The type a referencing CSV column must have, from the flattened key of the target.</summary>
    public ColumnType ReferenceColumnType(string csvColumn)
    {
        foreach (var reference in References)
        {
            var index = reference.CsvColumns.ToList().IndexOf(csvColumn);
            if (index >= 0)
            {
                return reference.Target.KeyColumns[index].Type;
            }
        }
        throw new ArgumentException($"'{csvColumn}' is not a reference column of {Table}", nameof(csvColumn));
    }

    private IEnumerable<ColumnSpec> FlattenKeyPart(string part)
    {
        var reference = References.FirstOrDefault(r => r.DbColumn == part);
        return reference is null ? [Columns.Single(c => c.Name == part)] : reference.Target.KeyColumns;
    }

    private IEnumerable<string> CsvColumnsOfKeyPart(string part)
    {
        var reference = References.FirstOrDefault(r => r.DbColumn == part);
        return reference is null ? [part] : reference.CsvColumns;
    }
}

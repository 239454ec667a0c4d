namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// The columns of each importable CSV file, for programs that write such files (the seed builder): the same
/// names and order the importer reads, taken from the import catalog and through it from the EF Core model.
/// </summary>
public static class ImportFileColumns
{
    /// <summary>The CSV columns of the file that fills <paramref name="table"/>, in the catalog's order.</summary>
    public static IReadOnlyList<string> Of(string table)
    {
        var import = ImportCatalog.Tables.SingleOrDefault(t => t.Table == table)
            ?? throw new ArgumentException($"the import catalog has no table '{table}'", nameof(table));
        return import.CsvColumns;
    }
}

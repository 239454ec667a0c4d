namespace OpenIntegrationData.Import.Catalog;

/// <summary>Declares a <see cref="TableImport"/> line by line; <see cref="Build"/> checks that the declaration is consistent.</summary>
internal sealed class TableImportBuilder(string table)
{
    private readonly List<ColumnSpec> _columns = [];
    private readonly List<ReferenceSpec> _references = [];
    private readonly List<string> _csvColumns = [];
    private string[] _naturalKey = [];

    public TableImportBuilder Column(string name, ColumnType type, bool required = false, decimal? min = null, decimal? max = null,
        string? pattern = null, string[]? allowed = null, object? defaultValue = null)
    {
        _csvColumns.Add(name);
        _columns.Add(new ColumnSpec
        {
            Name = name,
            Type = type,
            Required = required,
            Min = min,
            Max = max,
            Pattern = pattern,
            AllowedValues = allowed,
            Default = defaultValue,
        });
        return this;
    }

    public TableImportBuilder Text(string name, bool required = false, string? pattern = null) =>
        Column(name, ColumnType.Text, required, pattern: pattern);

    public TableImportBuilder OneOf(string name, bool required, params string[] allowed) =>
        Column(name, ColumnType.Text, required, allowed: allowed);

    public TableImportBuilder Reference(string dbColumn, TableImport target, bool required, params string[] csvColumns)
    {
        _csvColumns.AddRange(csvColumns);
        _references.Add(new ReferenceSpec { DbColumn = dbColumn, Target = target, Required = required, CsvColumns = csvColumns });
        return this;
    }

    public TableImportBuilder Key(params string[] parts)
    {
        _naturalKey = parts;
        return this;
    }

    public TableImport Build()
    {
        foreach (var reference in _references.Where(r => r.CsvColumns.Count != r.Target.KeyColumns.Count))
        {
            throw new InvalidOperationException(
                $"{table}.{reference.DbColumn}: {reference.CsvColumns.Count} CSV columns for a key of {reference.Target.KeyColumns.Count}");
        }
        foreach (var part in _naturalKey.Where(p => _columns.All(c => c.Name != p) && _references.All(r => r.DbColumn != p)))
        {
            throw new InvalidOperationException($"{table}: natural key part '{part}' is neither a column nor a reference");
        }
        return _naturalKey.Length == 0
            ? throw new InvalidOperationException($"{table}: no natural key")
            : new TableImport(table, _columns, _references, _naturalKey, [.. _csvColumns.Distinct(StringComparer.Ordinal)]);
    }
}

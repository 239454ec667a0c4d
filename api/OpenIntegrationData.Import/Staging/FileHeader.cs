using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Csv;

namespace OpenIntegrationData.Import.Staging;

/// <summary>
/// What the header row of a file says: which known columns it has and where, which references it can resolve.
/// Unknown, duplicate and missing columns are reported; rows are still checked so that every problem shows.
/// </summary>
internal sealed class FileHeader
{
    private FileHeader(int fieldCount, IReadOnlyList<StageColumn> columns, IReadOnlyList<ReferenceSpec> references, bool canStage)
    {
        FieldCount = fieldCount;
        Columns = columns;
        References = references;
        CanStage = canStage;
    }

    public int FieldCount { get; }

    public IReadOnlyList<StageColumn> Columns { get; }

    /// <summary>References whose columns are all in the file.</summary>
    public IReadOnlyList<ReferenceSpec> References { get; }

    /// <summary>False when a required column is missing or a name repeats: rows are then checked but not written.</summary>
    public bool CanStage { get; }

    public StageColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public static FileHeader Read(TableImport table, CsvRecord header, string file, ProblemCollector problems)
    {
        foreach (var problem in header.Problems)
        {
            problems.Add(file, header.Line, problem.Column, problem.Reason);
        }
        var known = table.CsvColumns.ToHashSet(StringComparer.Ordinal);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var canStage = header.Problems.Count == 0;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            if (!known.Contains(name))
            {
                problems.Add(file, header.Line, i + 1, $"unknown column '{name}'; expected columns: {string.Join(", ", table.CsvColumns)}");
            }
            else if (!positions.TryAdd(name, i))
            {
                problems.Add(file, header.Line, i + 1, $"column '{name}' appears twice");
                canStage = false;
            }
        }

        var missingAt = header.Fields.Count + 1;
        foreach (var column in table.Columns.Where(c => c.Required && !positions.ContainsKey(c.Name)))
        {
            problems.Add(file, header.Line, missingAt, $"missing column '{column.Name}'");
            canStage = false;
        }
        var references = new List<ReferenceSpec>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in table.References)
        {
            var missing = reference.CsvColumns.Where(c => !positions.ContainsKey(c)).ToList();
            if (missing.Count == 0)
            {
                references.Add(reference);
                continue;
            }
            if (reference.Required || positions.ContainsKey(reference.PresenceColumn))
            {
                foreach (var name in missing.Where(reported.Add))
                {
                    problems.Add(file, header.Line, missingAt, $"missing column '{name}'");
                }
                canStage = false;
            }
        }
        return new FileHeader(header.Fields.Count, StageColumns(table, positions, references), references, canStage);
    }

    private static List<StageColumn> StageColumns(TableImport table, Dictionary<string, int> positions, List<ReferenceSpec> references)
    {
        var columns = table.Columns
            .Where(c => positions.ContainsKey(c.Name))
            .Select(c => new StageColumn(c, positions[c.Name], IsPlain: true))
            .ToList();
        foreach (var name in references.SelectMany(r => r.CsvColumns).Distinct(StringComparer.Ordinal))
        {
            var spec = new ColumnSpec
            {
                Name = name,
                Type = table.ReferenceColumnType(name),
                Required = references.Any(r => r.Required && r.CsvColumns.Contains(name)),
            };
            columns.Add(new StageColumn(spec, positions[name], IsPlain: false));
        }
        return columns;
    }
}

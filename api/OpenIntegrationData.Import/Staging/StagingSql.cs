using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Staging;

/// <summary>
/// The SQL of one file's import, generated from the catalog alone: a temporary staging table, reference
/// resolution by natural key, duplicate detection and the upsert. Identifiers come from the catalog (never
/// from the file), and every value travels through binary COPY, so no data is ever spliced into SQL text.
/// </summary>
internal sealed class StagingSql(TableImport table, FileHeader header)
{
    public const string StageTable = "import_stage";

    public string Create =>
        $"create temporary table {StageTable} (line integer not null, "
        + string.Join(", ", header.Columns.Select(c => $"{Quote(c.Name)} {c.Spec.Type.SqlType()}")
            .Concat(header.References.Select(r => $"{Quote(ForeignKey(r))} bigint")))
        + ") on commit drop";

    public string Drop => $"drop table {StageTable}";

    public string Copy =>
        $"copy {StageTable} (line, {string.Join(", ", header.Columns.Select(c => Quote(c.Name)))}) from stdin (format binary)";

    /// <summary>Fills the foreign-key column of a reference with the id of the row whose natural key the file names.</summary>
    public string Resolve(ReferenceSpec reference)
    {
        var matches = reference.CsvColumns.Select((column, i) => $"k.k{i + 1} = s.{Quote(column)}");
        return $"update {StageTable} s set {Quote(ForeignKey(reference))} = k.id from ({KeyView(reference.Target)}) k where "
            + string.Join(" and ", matches);
    }

    /// <summary>Rows that name a reference the database does not hold: line, then the key values as text.</summary>
    public string Unresolved(ReferenceSpec reference) =>
        $"select line, {string.Join(", ", reference.CsvColumns.Select(c => $"{Quote(c)}::text"))} from {StageTable} "
        + $"where {Unresolvable(reference)} order by line";

    public string DeleteUnresolved(ReferenceSpec reference) => $"delete from {StageTable} where {Unresolvable(reference)}";

    /// <summary>Groups of rows with the same natural key: their lines (in order), then the key values as text.</summary>
    public string Duplicates
    {
        get
        {
            var key = KeyColumnsInFile.Select(Quote).ToList();
            return $"select array_agg(line order by line), {string.Join(", ", key.Select(k => $"{k}::text"))} from {StageTable} "
                + $"group by {string.Join(", ", key)} having count(*) > 1";
        }
    }

    public string DeleteLines => $"delete from {StageTable} where line = any($1)";

    public string Lines => $"select line from {StageTable} where {Ready} order by line";

    /// <summary>Rows that can be written now: every reference to a row of the same table is resolved (or not given).
    /// Rows naming a row of the same file wait until that row is written.</summary>
    public string Ready =>
        string.Join(" and ", header.References.Where(r => r.Target == table).Select(r => $"not ({Unresolvable(r)})").DefaultIfEmpty("true"));

    public string CountReady => $"select count(*) from {StageTable} where {Ready}";

    public string DeleteReady => $"delete from {StageTable} where {Ready}";

    /// <summary>Inserts new rows and updates existing ones (same natural key) only where a value differs,
    /// so re-importing the same file changes nothing. With <paramref name="singleLine"/>, only the row of line $1.</summary>
    public string Upsert(bool singleLine)
    {
        var targets = InsertColumns.Select(c => c.Target).ToList();
        var sources = InsertColumns.Select(c => c.Source).ToList();
        var updated = targets.Where(t => !table.DbKeyColumns.Contains(t)).ToList();
        var conflict = $"on conflict ({string.Join(", ", table.DbKeyColumns.Select(Quote))}) ";
        var action = updated.Count == 0
            ? "do nothing"
            : $"do update set {string.Join(", ", updated.Select(c => $"{Quote(c)} = excluded.{Quote(c)}"))} "
                + $"where ({string.Join(", ", updated.Select(c => $"t.{Quote(c)}"))}) "
                + $"is distinct from ({string.Join(", ", updated.Select(c => $"excluded.{Quote(c)}"))})";
        return $"insert into {Quote(table.Table)} as t ({string.Join(", ", targets.Select(Quote))}) "
            + $"select {string.Join(", ", sources.Select(Quote))} from {StageTable} "
            + (singleLine ? "where line = $1 " : $"where {Ready} order by line ")
            + conflict + action;
    }

    /// <summary>The file's natural-key columns (those present in the file).</summary>
    public IReadOnlyList<string> KeyColumnsInFile => [.. table.CsvKeyColumns.Where(c => header.Find(c) is not null)];

    private IEnumerable<(string Target, string Source)> InsertColumns =>
        header.Columns.Where(c => c.IsPlain).Select(c => (c.Name, c.Name))
            .Concat(header.References.Select(r => (r.DbColumn, ForeignKey(r))));

    private static string Unresolvable(ReferenceSpec reference) =>
        $"{Quote(reference.PresenceColumn)} is not null and {Quote(ForeignKey(reference))} is null";

    private static string ForeignKey(ReferenceSpec reference) => "fk_" + reference.DbColumn;

    /// <summary>A query giving each row of <paramref name="target"/> as (id, k1 … kn): its natural key flattened
    /// through the keys of the rows it references, in the order of <see cref="TableImport.KeyColumns"/>.</summary>
    private static string KeyView(TableImport target)
    {
        var keys = new List<string>();
        var joins = new List<string>();
        foreach (var part in target.NaturalKey)
        {
            var reference = target.References.FirstOrDefault(r => r.DbColumn == part);
            if (reference is null)
            {
                keys.Add($"t.{Quote(part)}");
                continue;
            }
            var alias = $"r{joins.Count}";
            joins.Add($"join ({KeyView(reference.Target)}) {alias} on {alias}.id = t.{Quote(part)}");
            keys.AddRange(Enumerable.Range(1, reference.Target.KeyColumns.Count).Select(i => $"{alias}.k{i}"));
        }
        return $"select t.id, {string.Join(", ", keys.Select((k, i) => $"{k} as k{i + 1}"))} from {Quote(target.Table)} t "
            + string.Join(" ", joins);
    }

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

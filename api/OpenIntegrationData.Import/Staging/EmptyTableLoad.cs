using Npgsql;
using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Staging;

/// <summary>
/// Loading a table that holds no rows yet (the first seed of a database). Keeping every secondary index up to date and
/// checking every foreign key row by row costs most of the time of a large upsert (about 40 % each for the seed's
/// population figures), so once a file brings <see cref="MinimumRows"/> rows they are set aside, and put back after the
/// table's last file: an index built over all rows at once is one sort, and a foreign key added to a filled table is
/// checked by one join. The primary key and the unique natural key stay (the upsert and its conflict rules need them),
/// and so do the check constraints and the row triggers.
/// <para>Nothing is given up. The foreign keys are added back validated, so PostgreSQL still checks every row; should a
/// row break one (a rule the importer does not check itself, such as a single-country group naming another country),
/// the table goes back to the savepoint taken before its first file and its files are imported again the ordinary way,
/// which names the line. All of it happens in the import's transaction, so a refused import leaves the indexes and keys
/// as they were. Readers of the table wait from the moment its indexes are dropped until the import commits.</para>
/// </summary>
internal sealed class EmptyTableLoad
{
    /// <summary>Below this many rows in a file, keeping the indexes up to date costs less than building them again.</summary>
    public const long MinimumRows = 10_000;

    private const string Savepoint = "empty_table";

    private readonly NpgsqlConnection _connection;
    private readonly TableImport _table;
    private SetAside? _setAside;

    private EmptyTableLoad(NpgsqlConnection connection, TableImport table)
    {
        _connection = connection;
        _table = table;
    }

    private string Table => $"\"{_table.Table}\"";

    /// <summary>
    /// Locks <paramref name="table"/> against other writers until the import ends (readers go on) when the importer owns it
    /// (only the owner may drop its indexes); then, when it holds no rows, marks a savepoint and returns the load, else null.
    /// Locked before it is looked at: a second import waits for the first and then finds its rows, and no import holds a
    /// lock on a table that another waits to build again (which would deadlock).
    /// </summary>
    public static async Task<EmptyTableLoad?> BeginAsync(NpgsqlConnection connection, TableImport table, ImportProgress? progress, CancellationToken cancellationToken)
    {
        var load = new EmptyTableLoad(connection, table);
        if (!await load.AskAsync($"select pg_has_role((select relowner from pg_class where oid = '{load.Table}'::regclass), 'usage')", cancellationToken))
        {
            return null;
        }
        using (progress?.Waiting(table.Table))
        {
            await load.ExecuteAsync($"lock table {load.Table} in share row exclusive mode", cancellationToken);
        }
        if (!await load.AskAsync($"select not exists (select 1 from {load.Table})", cancellationToken))
        {
            return null;
        }
        await load.ExecuteAsync($"savepoint {Savepoint}", cancellationToken);
        return load;
    }

    /// <summary>Before a file's <paramref name="rows"/> rows are written: sets the indexes and foreign keys aside if the file is large (once per table).</summary>
    public async Task BeforeWritingAsync(long rows, CancellationToken cancellationToken)
    {
        if (_setAside is not null || rows < MinimumRows)
        {
            return;
        }
        var setAside = new SetAside([], []);
        var definitions = $"""
            select 'index', quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
            from pg_index i join pg_class c on c.oid = i.indexrelid
            where i.indrelid = '{Table}'::regclass and not i.indisunique and not i.indisexclusion
              and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
            union all
            select 'foreign key', quote_ident(k.conname), pg_get_constraintdef(k.oid)
            from pg_constraint k where k.conrelid = '{Table}'::regclass and k.contype = 'f'
            """;
        await using (var command = new NpgsqlCommand(definitions, _connection))
        await using (var rowsRead = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rowsRead.ReadAsync(cancellationToken))
            {
                (rowsRead.GetString(0) == "index" ? setAside.Indexes : setAside.ForeignKeys).Add((rowsRead.GetString(1), rowsRead.GetString(2)));
            }
        }
        foreach (var (name, _) in setAside.Indexes)
        {
            await ExecuteAsync($"drop index {name}", cancellationToken);
        }
        if (setAside.ForeignKeys.Count > 0)
        {
            await ExecuteAsync($"alter table {Table} " + string.Join(", ", setAside.ForeignKeys.Select(k => $"drop constraint {k.Name}")), cancellationToken);
        }
        _setAside = setAside;
    }

    /// <summary>
    /// After the table's last file: builds the indexes again, adds the foreign keys back (checking every row) and updates
    /// the planner's statistics. False when a row breaks a foreign key: the table is then as before its first file, for
    /// the caller to import its files the ordinary way. With <paramref name="refused"/> (the import will be rolled back,
    /// indexes and keys with it) nothing is rebuilt.
    /// </summary>
    public async Task<bool> FinishAsync(bool refused, ImportProgress? progress, CancellationToken cancellationToken)
    {
        if (_setAside is null || refused)
        {
            await ExecuteAsync($"release savepoint {Savepoint}", cancellationToken);
            return true;
        }
        using (progress?.Rebuilding(_table.Table, _setAside.Indexes.Count, _setAside.ForeignKeys.Count))
        {
            try
            {
                foreach (var (_, definition) in _setAside.Indexes)
                {
                    await ExecuteAsync(definition, cancellationToken);
                }
                if (_setAside.ForeignKeys.Count > 0)
                {
                    await ExecuteAsync(
                        $"alter table {Table} " + string.Join(", ", _setAside.ForeignKeys.Select(k => $"add constraint {k.Name} {k.Definition}")),
                        cancellationToken);
                }
            }
            catch (PostgresException broken) when (broken.SqlState.StartsWith("23", StringComparison.Ordinal) || broken.SqlState.StartsWith("22", StringComparison.Ordinal))
            {
                await ExecuteAsync($"rollback to savepoint {Savepoint}", cancellationToken);
                await ExecuteAsync($"release savepoint {Savepoint}", cancellationToken);
                return false;
            }
            await ExecuteAsync($"analyze {Table}", cancellationToken);
        }
        await ExecuteAsync($"release savepoint {Savepoint}", cancellationToken);
        return true;
    }

    private async Task<bool> AskAsync(string question, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(question, _connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task ExecuteAsync(string commandText, CancellationToken cancellationToken)
    {
        // No timeout: building the indexes of a million rows takes a while.
        await using var command = new NpgsqlCommand(commandText, _connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The definitions of the dropped indexes (<c>create index …</c>) and foreign keys (<c>foreign key … references …</c>).</summary>
    private sealed record SetAside(List<(string Name, string Definition)> Indexes, List<(string Name, string Definition)> ForeignKeys);
}

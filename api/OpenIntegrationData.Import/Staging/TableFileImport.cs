using System.IO.Compression;
using Npgsql;
using OpenIntegrationData.Import.Catalog;
using OpenIntegrationData.Import.Csv;
using OpenIntegrationData.Import.Validation;

namespace OpenIntegrationData.Import.Staging;

/// <summary>
/// Imports one file inside the caller's transaction: every record is parsed and checked while it streams into
/// a temporary staging table by binary COPY; then references are resolved against the database (rows of
/// earlier files and earlier imports included), duplicates are found, and the good rows are upserted so that
/// later files can refer to them. The caller rolls everything back if any problem was found. Into a table that was
/// empty, a large file is written with the table's secondary indexes and foreign keys set aside (<paramref name="emptyTable"/>).
/// </summary>
internal sealed class TableFileImport(
    NpgsqlConnection connection, TableFiles.TableFile file, ProblemCollector problems, ImportProgress? progress = null, EmptyTableLoad? emptyTable = null)
{
    /// <summary>
    /// No client-side command timeout: a million-row upsert runs for minutes, and Npgsql's default of 30 s cancelled
    /// it. A killed importer still stops its backend (FolderImporter sets client_connection_check_interval).
    /// </summary>
    private const int NoTimeout = 0;

    private bool _damaged;

    private string File => file.Name;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using var content = file.IsCompressed ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        var reader = new CsvRecordReader(content);
        var headerRecord = await ReadAsync(reader, cancellationToken);
        if (headerRecord is null)
        {
            if (!_damaged)
            {
                problems.Add(File, 1, 1, "the file is empty; a header row is required");
            }
            return;
        }
        var header = FileHeader.Read(file.Table, headerRecord, File, problems);
        var sql = new StagingSql(file.Table, header);
        await ExecuteAsync(sql.Create, cancellationToken);
        progress?.FileStarted();
        var rows = await StageRecordsAsync(stream, reader, header, sql, cancellationToken);
        if (file.IsCompressed && !_damaged && !problems.IsFull)
        {
            await CheckCompleteAsync(reader, cancellationToken);
        }
        progress?.FileRead(File, rows);
        if (header.CanStage)
        {
            using var writing = progress?.Writing(File, rows);
            await CheckReferencesAsync(header, sql, cancellationToken);
            await CheckDuplicatesAsync(header, sql, cancellationToken);
            if (emptyTable is not null)
            {
                await emptyTable.BeforeWritingAsync(rows, cancellationToken);
            }
            await UpsertInRoundsAsync(header, sql, cancellationToken);
        }
        await ExecuteAsync(sql.Drop, cancellationToken);
    }

    /// <summary>Streams the records into the staging table; returns how many were read.</summary>
    private async Task<long> StageRecordsAsync(FileStream stream, CsvRecordReader reader, FileHeader header, StagingSql sql, CancellationToken cancellationToken)
    {
        long rows = 0;
        await using var copy = await connection.BeginBinaryImportAsync(sql.Copy, cancellationToken);
        copy.Timeout = Timeout.InfiniteTimeSpan;
        var values = new object?[header.Columns.Count];
        while (!problems.IsFull && await ReadAsync(reader, cancellationToken) is { } record)
        {
            if ((++rows & 4095) == 0)
            {
                progress?.Reading(File, rows, stream.Position, stream.Length);
            }
            if (!Parse(record, header, values) || !header.CanStage)
            {
                continue;
            }
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(record.Line, NpgsqlTypes.NpgsqlDbType.Integer, cancellationToken);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } value)
                {
                    await copy.WriteAsync(value, header.Columns[i].Spec.Type.DbType(), cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
            }
        }
        await copy.CompleteAsync(cancellationToken);
        return rows;
    }

    /// <summary>
    /// A gzip stream cut short (an interrupted download) ends without an error, possibly right after a whole line, so
    /// rows would go missing unseen. The trailer of a gzip file gives the length of its content (modulo 2^32): read
    /// to the end, the content must have that length. One gzip member per file, as gzip writes it.
    /// </summary>
    private async Task CheckCompleteAsync(CsvRecordReader reader, CancellationToken cancellationToken)
    {
        var trailer = new byte[4];
        await using (var raw = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            raw.Seek(-Math.Min(4, raw.Length), SeekOrigin.End);
            await raw.ReadExactlyAsync(trailer.AsMemory(0, (int)Math.Min(4, raw.Length)), cancellationToken);
        }
        var expected = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (expected != (uint)reader.BytesRead)
        {
            problems.Add(File, reader.Line, 1,
                $"the gzip data ends early: {reader.BytesRead:N0} bytes read where the file's trailer announces {expected:N0} (cut short, or more than one gzip member)");
        }
    }

    /// <summary>The next record; damaged compressed data is reported at the line it was met on and ends the file,
    /// so the staging copy still completes and the import goes on to find every other problem.</summary>
    private async Task<CsvRecord?> ReadAsync(CsvRecordReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (InvalidDataException damaged)
        {
            _damaged = true;
            problems.Add(File, reader.Line, 1, $"the gzip data is damaged ({damaged.Message})");
            return null;
        }
    }

    /// <summary>Parses every staged field of a record into <paramref name="values"/>; false (with problems reported) when any is bad.</summary>
    private bool Parse(CsvRecord record, FileHeader header, object?[] values)
    {
        foreach (var problem in record.Problems)
        {
            problems.Add(File, record.Line, problem.Column, problem.Reason);
        }
        if (record.Fields.Count != header.FieldCount)
        {
            var column = Math.Min(record.Fields.Count, header.FieldCount) + 1;
            problems.Add(File, record.Line, column, $"expected {header.FieldCount} fields as in the header, found {record.Fields.Count}");
            return false;
        }
        var ok = record.Problems.Count == 0;
        for (var i = 0; i < header.Columns.Count; i++)
        {
            var column = header.Columns[i];
            var parsed = FieldParser.Parse(column.Spec, record.Fields[column.FieldIndex]);
            if (parsed.Problem is not null)
            {
                // An encoding problem was already reported for this field.
                if (record.Problems.All(p => p.Column != column.Column))
                {
                    problems.Add(File, record.Line, column.Column, parsed.Problem);
                }
                ok = false;
            }
            values[i] = parsed.Value;
        }
        return ok;
    }

    private async Task CheckReferencesAsync(FileHeader header, StagingSql sql, CancellationToken cancellationToken)
    {
        foreach (var reference in header.References.Where(r => r.Target != file.Table))
        {
            await ExecuteAsync(sql.Resolve(reference), cancellationToken);
            await ReportUnresolvedAsync(header, sql, reference, cancellationToken);
        }
    }

    /// <summary>Writes the rows whose references to the same table are resolved, resolves again against what was
    /// written, and repeats until no row is left that can be written (an area's parent before the area).
    /// Rows still naming an unknown row of the table are then reported.</summary>
    private async Task UpsertInRoundsAsync(FileHeader header, StagingSql sql, CancellationToken cancellationToken)
    {
        var toItself = header.References.Where(r => r.Target == file.Table).ToList();
        if (toItself.Count == 0)
        {
            await UpsertAsync(sql, cancellationToken);
            return;
        }
        while (!problems.IsFull)
        {
            foreach (var reference in toItself)
            {
                await ExecuteAsync(sql.Resolve(reference), cancellationToken);
            }
            await using (var count = new NpgsqlCommand(sql.CountReady, connection) { CommandTimeout = NoTimeout })
            {
                if ((long)(await count.ExecuteScalarAsync(cancellationToken))! == 0)
                {
                    break;
                }
            }
            await UpsertAsync(sql, cancellationToken);
            await ExecuteAsync(sql.DeleteReady, cancellationToken);
        }
        foreach (var reference in toItself)
        {
            await ReportUnresolvedAsync(header, sql, reference, cancellationToken);
        }
    }

    private async Task ReportUnresolvedAsync(FileHeader header, StagingSql sql, ReferenceSpec reference, CancellationToken cancellationToken)
    {
        var column = header.Find(reference.PresenceColumn)!.Column;
        await using (var command = new NpgsqlCommand(sql.Unresolved(reference), connection) { CommandTimeout = NoTimeout })
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                var key = string.Join(", ", reference.CsvColumns.Select((name, i) => $"{name} '{(rows.IsDBNull(i + 1) ? "" : rows.GetString(i + 1))}'"));
                problems.Add(File, rows.GetInt32(0), column, $"unknown {reference.Target.Table} ({key})");
            }
        }
        await ExecuteAsync(sql.DeleteUnresolved(reference), cancellationToken);
    }

    private async Task CheckDuplicatesAsync(FileHeader header, StagingSql sql, CancellationToken cancellationToken)
    {
        var keyColumns = sql.KeyColumnsInFile;
        if (keyColumns.Count == 0)
        {
            return;
        }
        var column = header.Find(keyColumns[0])!.Column;
        var repeated = new List<int>();
        await using (var command = new NpgsqlCommand(sql.Duplicates, connection) { CommandTimeout = NoTimeout })
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                var lines = rows.GetFieldValue<int[]>(0);
                var key = string.Join(", ", keyColumns.Select((name, i) => $"{name} '{(rows.IsDBNull(i + 1) ? "" : rows.GetString(i + 1))}'"));
                foreach (var line in lines.Skip(1))
                {
                    problems.Add(File, line, column, $"duplicate natural key ({key}); first on line {lines[0]}");
                    repeated.Add(line);
                }
            }
        }
        if (repeated.Count > 0)
        {
            await using var delete = new NpgsqlCommand(sql.DeleteLines, connection) { CommandTimeout = NoTimeout, Parameters = { new() { Value = repeated.ToArray() } } };
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Upserts all staged rows in one statement. Should PostgreSQL still refuse a row (a rule the catalog
    /// does not know, e.g. a check across columns), the rows are retried one by one to name every refused line.</summary>
    private async Task UpsertAsync(StagingSql sql, CancellationToken cancellationToken)
    {
        await ExecuteAsync("savepoint import_file", cancellationToken);
        try
        {
            await ExecuteAsync(sql.Upsert(singleLine: false), cancellationToken);
            await ExecuteAsync("release savepoint import_file", cancellationToken);
            return;
        }
        catch (PostgresException refused) when (IsDataProblem(refused))
        {
            await ExecuteAsync("rollback to savepoint import_file", cancellationToken);
        }
        await UpsertLineByLineAsync(sql, cancellationToken);
        await ExecuteAsync("release savepoint import_file", cancellationToken);
    }

    private async Task UpsertLineByLineAsync(StagingSql sql, CancellationToken cancellationToken)
    {
        var lines = new List<int>();
        await using (var command = new NpgsqlCommand(sql.Lines, connection) { CommandTimeout = NoTimeout })
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                lines.Add(rows.GetInt32(0));
            }
        }
        var upsert = sql.Upsert(singleLine: true);
        foreach (var line in lines.TakeWhile(_ => !problems.IsFull))
        {
            await ExecuteAsync("savepoint import_line", cancellationToken);
            try
            {
                await using var command = new NpgsqlCommand(upsert, connection) { CommandTimeout = NoTimeout, Parameters = { new() { Value = line } } };
                await command.ExecuteNonQueryAsync(cancellationToken);
                await ExecuteAsync("release savepoint import_line", cancellationToken);
            }
            catch (PostgresException refused) when (IsDataProblem(refused))
            {
                await ExecuteAsync("rollback to savepoint import_line", cancellationToken);
                problems.Add(File, line, 1, $"refused by the database: {refused.MessageText}");
            }
        }
    }

    /// <summary>Integrity violations (class 23) and data exceptions (class 22) are the file's fault; anything else is not.</summary>
    private static bool IsDataProblem(PostgresException exception) =>
        exception.SqlState.StartsWith("23", StringComparison.Ordinal) || exception.SqlState.StartsWith("22", StringComparison.Ordinal);

    private async Task ExecuteAsync(string commandText, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(commandText, connection) { CommandTimeout = NoTimeout };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

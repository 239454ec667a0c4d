using System.Text;
using System.Text.Unicode;

namespace OpenIntegrationData.Import.Csv;

/// <summary>
/// Reads RFC 4180 CSV (comma, double quotes, LF or CRLF line ends, optional UTF-8 byte order mark) record by
/// record from a stream, so a file of any size needs only one record in memory. It works on bytes and checks
/// every field for valid UTF-8 itself, so an encoding error is reported with its line and field like any other
/// problem. Blank lines are skipped. A field longer than <see cref="MaxFieldBytes"/>, a record of more than
/// <see cref="MaxFields"/> fields and a NUL byte are refused the same way, so a hostile line cannot fill memory or
/// reach PostgreSQL (which cannot store NUL in text).
/// </summary>
internal sealed class CsvRecordReader(Stream stream)
{
    /// <summary>The longest field accepted, in bytes (1 MiB); the rest of a longer field is skipped unread into memory.</summary>
    public const int MaxFieldBytes = 1024 * 1024;

    /// <summary>The most fields one record may have.</summary>
    public const int MaxFields = 1000;

    private const int EndOfFile = -1;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _field = new();
    private int _position;
    private int _length;
    private int _line = 1;
    private bool _started;
    private bool _fieldTooLong;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>The line the reader has reached (1-based).</summary>
    public int Line => _line;

    /// <summary>How many bytes the reader has taken from the stream.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next non-blank record, or null at the end of the file.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            await SkipByteOrderMarkAsync(cancellationToken);
        }
        while (true)
        {
            var (record, endOfFile) = await ReadOneAsync(cancellationToken);
            if (record is not null)
            {
                return record;
            }
            if (endOfFile)
            {
                return null;
            }
        }
    }

    /// <summary>Reads up to the end of one line (outside quotes); the record is null when the line was blank.</summary>
    private async ValueTask<(CsvRecord? Record, bool EndOfFile)> ReadOneAsync(CancellationToken cancellationToken)
    {
        var startLine = _line;
        var fields = new List<string>();
        var problems = new List<CsvFieldProblem>();
        var state = State.FieldStart;
        _field.SetLength(0);

        while (true)
        {
            // Most bytes come straight from the buffer; only a refill awaits.
            var next = _position < _length ? _buffer[_position++] : await NextAsync(cancellationToken);
            if (state == State.Quoted)
            {
                if (next == EndOfFile)
                {
                    problems.Add(new CsvFieldProblem(fields.Count + 1, "unterminated quoted field (missing closing \")"));
                    EndField(fields, problems);
                    return (Finish(startLine, fields, problems), true);
                }
                if (next == '"')
                {
                    state = State.QuoteInQuoted;
                    continue;
                }
                CountLine(next);
                Append(next);
                continue;
            }
            if (state == State.QuoteInQuoted && next == '"')
            {
                Append('"');
                state = State.Quoted;
                continue;
            }
            switch (next)
            {
                case EndOfFile:
                    EndField(fields, problems);
                    return (Finish(startLine, fields, problems), true);
                case ',':
                    EndField(fields, problems);
                    state = State.FieldStart;
                    continue;
                case '\n':
                    _line++;
                    EndField(fields, problems);
                    return (Finish(startLine, fields, problems), false);
                case '\r':
                    if (await PeekAsync(cancellationToken) == '\n')
                    {
                        await NextAsync(cancellationToken);
                    }
                    _line++;
                    EndField(fields, problems);
                    return (Finish(startLine, fields, problems), false);
                case '"' when state == State.FieldStart:
                    state = State.Quoted;
                    continue;
                default:
                    if (state == State.QuoteInQuoted)
                    {
                        problems.Add(new CsvFieldProblem(fields.Count + 1, "unexpected character after a closing quote"));
                    }
                    else if (next == '"')
                    {
                        problems.Add(new CsvFieldProblem(fields.Count + 1, "unexpected quote inside an unquoted field"));
                    }
                    Append(next);
                    state = State.Unquoted;
                    continue;
            }
        }
    }

    private static CsvRecord? Finish(int startLine, List<string> fields, List<CsvFieldProblem> problems)
    {
        var blank = fields.Count == 1 && fields[0].Length == 0 && problems.Count == 0;
        return blank ? null : new CsvRecord(startLine, fields, problems);
    }

    private void Append(int next)
    {
        if (_field.Length < MaxFieldBytes)
        {
            _field.WriteByte((byte)next);
        }
        else
        {
            _fieldTooLong = true;
        }
    }

    private void EndField(List<string> fields, List<CsvFieldProblem> problems)
    {
        var bytes = _field.GetBuffer().AsSpan(0, (int)_field.Length);
        _field.SetLength(0);
        if (fields.Count >= MaxFields)
        {
            // Only the first field past the limit is reported and kept; the rest of the line is read and dropped.
            if (fields.Count == MaxFields)
            {
                problems.Add(new CsvFieldProblem(fields.Count + 1, $"more than {MaxFields} fields in one record"));
                fields.Add("");
            }
            _fieldTooLong = false;
            return;
        }
        if (_fieldTooLong)
        {
            _fieldTooLong = false;
            problems.Add(new CsvFieldProblem(fields.Count + 1, $"field longer than 1,048,576 bytes (1 MiB), the longest value the import accepts"));
            fields.Add("");
            return;
        }
        if (bytes.Contains((byte)0))
        {
            problems.Add(new CsvFieldProblem(fields.Count + 1, $"NUL byte (U+0000) at character {Encoding.UTF8.GetCharCount(bytes[..bytes.IndexOf((byte)0)]) + 1} of the field; PostgreSQL cannot store it in text"));
            fields.Add("");
            return;
        }
        if (!Utf8.IsValid(bytes))
        {
            problems.Add(new CsvFieldProblem(fields.Count + 1, "invalid UTF-8 encoding"));
            fields.Add("");
            return;
        }
        // A quoted empty field ("") and an empty field both read as "" and mean "no value".
        fields.Add(Encoding.UTF8.GetString(bytes));
    }

    private void CountLine(int next)
    {
        if (next == '\n')
        {
            _line++;
        }
    }

    private async ValueTask SkipByteOrderMarkAsync(CancellationToken cancellationToken)
    {
        _started = true;
        await FillAsync(cancellationToken);
        if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    private async ValueTask<int> NextAsync(CancellationToken cancellationToken)
    {
        if (_position == _length && !await FillAsync(cancellationToken))
        {
            return EndOfFile;
        }
        return _buffer[_position++];
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken)
    {
        if (_position == _length && !await FillAsync(cancellationToken))
        {
            return EndOfFile;
        }
        return _buffer[_position];
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _length = await stream.ReadAsync(_buffer, cancellationToken);
        _position = 0;
        BytesRead += _length;
        return _length > 0;
    }
}

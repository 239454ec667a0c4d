using System.Diagnostics;
using System.Globalization;

namespace OpenIntegrationData.Import;

/// <summary>
/// Progress of an import for a person at a terminal: per file the rows read, the share of the file, the time
/// so far and an estimate of the rest, rewritten in place about once a second; then a line per finished file;
/// then, while the database checks and writes the file's rows (minutes for millions), the time that takes; and the
/// same for building a table's indexes again after its files (see <c>EmptyTableLoad</c>).
/// </summary>
public sealed class ImportProgress(TextWriter output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    // Written from a timer while the database works, too.
    private readonly TextWriter _output = TextWriter.Synchronized(output);

    private readonly long _started = Stopwatch.GetTimestamp();
    private long _fileStarted;
    private long _lastWritten;

    /// <summary>A file starts streaming into its staging table.</summary>
    public void FileStarted()
    {
        _fileStarted = Stopwatch.GetTimestamp();
        _lastWritten = _fileStarted;
    }

    /// <summary><paramref name="rows"/> rows of <paramref name="file"/> read, <paramref name="bytesRead"/> of <paramref name="fileBytes"/> bytes.</summary>
    public void Reading(string file, long rows, long bytesRead, long fileBytes)
    {
        var now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_lastWritten, now) < Interval)
        {
            return;
        }

        _lastWritten = now;
        var elapsed = Stopwatch.GetElapsedTime(_fileStarted, now);
        var share = fileBytes > 0 ? (double)bytesRead / fileBytes : 1;
        var left = share > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - share) / share) : TimeSpan.Zero;
        _output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r{file}: {rows:N0} rows, {share:P0} of {fileBytes / 1048576.0:0.0} MB, {elapsed:mm\\:ss} elapsed, about {left:mm\\:ss} left to read   "));
        _output.Flush();
    }

    /// <summary>The file is read; the database now checks references and upserts its rows.</summary>
    public void FileRead(string file, long rows) =>
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"\r{file}: {rows:N0} rows read in {Stopwatch.GetElapsedTime(_fileStarted):mm\\:ss} (total {Stopwatch.GetElapsedTime(_started):mm\\:ss}); checking references and writing…"));

    /// <summary>
    /// The database checks and writes <paramref name="file"/>'s rows until the result is disposed: the time so far,
    /// rewritten about once a second, then how long it took.
    /// </summary>
    public IDisposable Writing(string file, long rows) =>
        new DatabaseWork(_output, file, string.Create(CultureInfo.InvariantCulture, $"checking references and writing {rows:N0} rows"),
            string.Create(CultureInfo.InvariantCulture, $"for {rows:N0} rows"), _started);

    /// <summary>The database builds <paramref name="table"/>'s indexes and checks its foreign keys until the result is disposed.</summary>
    public IDisposable Rebuilding(string table, int indexes, int foreignKeys) =>
        new DatabaseWork(_output, table, string.Create(CultureInfo.InvariantCulture, $"building {indexes} indexes and checking {foreignKeys} foreign keys"),
            string.Create(CultureInfo.InvariantCulture, $"to build {indexes} indexes and check {foreignKeys} foreign keys"), _started);

    /// <summary>
    /// The import waits for other writers of <paramref name="table"/> to finish until the result is disposed: the time so
    /// far and how long it took, said only when the wait lasted a second or more.
    /// </summary>
    public IDisposable Waiting(string table) =>
        new DatabaseWork(_output, table, "waiting for other writers of the table to finish", "waiting for other writers of the table", _started, onlyWhenSlow: true);

    private sealed class DatabaseWork : IDisposable
    {
        private readonly TextWriter _output;
        private readonly string _subject;
        private readonly string _doing;
        private readonly string _done;
        private readonly long _importStarted;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly Timer _timer;
        private readonly bool _onlyWhenSlow;
        private volatile bool _ticked;

        public DatabaseWork(TextWriter output, string subject, string doing, string done, long importStarted, bool onlyWhenSlow = false)
        {
            _onlyWhenSlow = onlyWhenSlow;
            _output = output;
            _subject = subject;
            _doing = doing;
            _done = done;
            _importStarted = importStarted;
            _timer = new Timer(_ => Tick(), null, Interval, Interval);
        }

        public void Dispose()
        {
            using (var stopped = new ManualResetEvent(false))
            {
                // Waits for a tick that is running, so the last line comes after it.
                _timer.Dispose(stopped);
                stopped.WaitOne();
            }

            if (_onlyWhenSlow && !_ticked)
            {
                return;
            }

            _output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"\r{_subject}: the database took {Stopwatch.GetElapsedTime(_started):mm\\:ss} {_done} (total {Stopwatch.GetElapsedTime(_importStarted):mm\\:ss})   "));
        }

        private void Tick()
        {
            _ticked = true;
            _output.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"\r{_subject}: {_doing}, {Stopwatch.GetElapsedTime(_started):mm\\:ss} so far   "));
            _output.Flush();
        }
    }
}

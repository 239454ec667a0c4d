using System.Diagnostics;
using System.Globalization;

namespace OpenIntegrationData.Import;

/// <summary>
/// Progress of an import for a person at a terminal: per file the rows read, the share of the file, the time
/// so far and an estimate of the rest, rewritten in place about once a second; then a line per finished file.
/// </summary>
public sealed class ImportProgress(TextWriter output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

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
        output.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"\r{file}: {rows:N0} rows, {share:P0} of {fileBytes / 1048576.0:0.0} MB, {elapsed:mm\\:ss} elapsed, about {left:mm\\:ss} left to read   "));
        output.Flush();
    }

    /// <summary>The file is read; the database now checks references and upserts its rows.</summary>
    public void FileRead(string file, long rows) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"\r{file}: {rows:N0} rows read in {Stopwatch.GetElapsedTime(_fileStarted):mm\\:ss} (total {Stopwatch.GetElapsedTime(_started):mm\\:ss}); checking references and writing…"));
}

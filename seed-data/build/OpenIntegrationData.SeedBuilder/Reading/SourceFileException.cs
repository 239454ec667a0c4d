namespace OpenIntegrationData.SeedBuilder.Reading;

/// <summary>
/// A public file that does not look as its reader expects: names the file, the line (1 = header) and why,
/// as <c>file:line: reason</c>, so a changed download is found where it changed instead of loading wrong figures.
/// </summary>
public sealed class SourceFileException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}

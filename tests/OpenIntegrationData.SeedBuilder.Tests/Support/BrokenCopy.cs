namespace OpenIntegrationData.SeedBuilder.Tests.Support;

/// <summary>A copy of a real file with one change, in a temporary folder, for the tests of what a reader refuses.</summary>
internal sealed class BrokenCopy : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("oid-seed-reader-").FullName;

    public BrokenCopy(string original, Func<string, string> change, string? name = null)
    {
        Path = System.IO.Path.Combine(_folder, name ?? System.IO.Path.GetFileName(original));
        var text = File.ReadAllText(original);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(Path, changed);
    }

    public string Path { get; }

    /// <summary>The line of the first occurrence of a text in the changed copy (1 = first line).</summary>
    public int LineOf(string text)
    {
        var lines = File.ReadAllLines(Path);
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in the copy");
        return index + 1;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

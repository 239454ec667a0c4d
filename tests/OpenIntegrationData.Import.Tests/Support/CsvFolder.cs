using System.IO.Compression;
using System.Text;

namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>A temporary folder of CSV files written by a test, deleted on dispose.</summary>
internal sealed class CsvFolder : IDisposable
{
    private CsvFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>Files given as (file name, text); lines are joined with \n and end with one.</summary>
    public static CsvFolder Create(params (string File, string[] Lines)[] files)
    {
        var folder = new CsvFolder(Directory.CreateTempSubdirectory("oid-import-").FullName);
        foreach (var (file, lines) in files)
        {
            folder.Write(file, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        }
        return folder;
    }

    /// <summary>Writes the lines gzip-compressed, as a <c>.csv.gz</c> file holds them.</summary>
    public void WriteCompressed(string file, params string[] lines) => Write(file, Compress(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n")));

    public static byte[] Compress(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        return compressed.ToArray();
    }

    public void Write(string file, byte[] content) => File.WriteAllBytes(System.IO.Path.Combine(Path, file), content);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

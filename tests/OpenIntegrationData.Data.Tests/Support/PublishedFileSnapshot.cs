using Snapshooter;
using Snapshooter.Core;
using Snapshooter.Core.Serialization;
using Snapshooter.Xunit;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>
/// Snapshooter's comparison with the snapshot kept in a published file of the repository (such as
/// schema/schema.graphql) rather than in a <c>__snapshots__</c> folder, so there is one copy, not two.
/// A mismatch is written to <c>__snapshots__/__mismatch__/</c> in the test's folder, as Snapshooter does
/// for its own files; a missing published file is written afresh.
/// </summary>
internal sealed class PublishedFileSnapshot : ISnapshotFileHandler
{
    private const string MismatchFolder = "__mismatch__";

    private readonly string _publishedFile;
    private readonly string _snapshotFolder;

    private PublishedFileSnapshot(string publishedFile, string snapshotFolder)
    {
        _publishedFile = publishedFile;
        _snapshotFolder = snapshotFolder;
    }

    /// <summary>Fails (with Snapshooter's diff) unless <paramref name="actual"/> matches <paramref name="publishedFile"/>.</summary>
    /// <param name="actual">The text as served now.</param>
    /// <param name="publishedFile">The file that is both the published contract and the snapshot.</param>
    /// <param name="testFolder">The test's folder, where <c>__snapshots__/__mismatch__</c> goes.</param>
    public static void Match(string actual, string publishedFile, string testFolder)
    {
        var files = new PublishedFileSnapshot(publishedFile, Path.Combine(testFolder, "__snapshots__"));
        var serializer = new SnapshotSerializer(new GlobalSnapshotSettingsResolver());
        var snapshots = new SnapshotAssert(
            serializer,
            files,
            new SnapshotEnvironmentCleaner(files),
            new JsonSnapshotComparer(new XunitAssert(), serializer),
            new JsonSnapshotFormatter(serializer));
        snapshots.AssertSnapshot(actual, new SnapshotFullName(Path.GetFileName(publishedFile), Path.GetDirectoryName(publishedFile)!), new MatchOptions());
    }

    public string SaveNewSnapshot(SnapshotFullName snapshotFullName, string snapshotData)
    {
        File.WriteAllText(_publishedFile, snapshotData);
        return _publishedFile;
    }

    public string SaveMismatchSnapshot(SnapshotFullName snapshotFullName, string snapshotData)
    {
        var path = Path.Combine(_snapshotFolder, MismatchFolder, Path.GetFileName(_publishedFile));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, snapshotData);
        return path;
    }

    public string ReadSnapshot(SnapshotFullName snapshotFullName) => File.ReadAllText(_publishedFile);

    public bool TryReadSnapshot(SnapshotFullName snapshotFullName, out string snapshotData)
    {
        // Snapshooter takes a null snapshot for "none yet" (and then writes it), whatever the annotation says.
        var exists = File.Exists(_publishedFile);
        snapshotData = exists ? File.ReadAllText(_publishedFile) : null!;
        return exists;
    }

    public void DeleteSnapshot(SnapshotFullName snapshotFullName) => File.Delete(_publishedFile);

    public void DeleteSnapshotSubfolder(SnapshotFullName snapshotFullName, string subfolderName)
    {
        var folder = Path.Combine(_snapshotFolder, subfolderName);
        var mismatch = Path.Combine(folder, Path.GetFileName(_publishedFile));
        if (File.Exists(mismatch))
        {
            File.Delete(mismatch);
        }

        // Leave no empty folders behind: the published file needs no __snapshots__ folder of its own.
        foreach (var empty in new[] { folder, _snapshotFolder }.Where(static f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
        {
            Directory.Delete(empty);
        }
    }
}

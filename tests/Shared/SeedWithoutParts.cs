using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Testing;

/// <summary>
/// The repository's seed data without the further parts of its tables (<c>&lt;table&gt;.&lt;part&gt;.csv.gz</c>, today
/// Berlin's 562,680 small-area figures): every other file, linked rather than copied. For tests of what happens around
/// seeding (start-up, health, data version, replicas, the import command's exit codes), which need a seeded database
/// but not every figure; importing the parts costs about a minute per database. The tests of the seed itself, the
/// quick start and the seeded template (<see cref="SeededTemplate"/>) keep the whole folder.
/// </summary>
internal static class SeedWithoutParts
{
    private static readonly Lazy<string> Folder = new(Create);

    /// <summary>The folder, made once per test process and removed when it exits.</summary>
    public static string Path => Folder.Value;

    private static string Create()
    {
        var source = SeededTemplate.SeedDataFolder;
        var folder = Directory.CreateTempSubdirectory("oid-seed-without-parts-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        foreach (var file in Directory.GetFiles(source))
        {
            var name = System.IO.Path.GetFileName(file);
            if (TableFiles.IsPart(name))
            {
                continue;
            }
            File.CreateSymbolicLink(System.IO.Path.Combine(folder, name), file);
        }
        Directory.CreateSymbolicLink(System.IO.Path.Combine(folder, "geo"), System.IO.Path.Combine(source, "geo"));
        return folder;
    }
}

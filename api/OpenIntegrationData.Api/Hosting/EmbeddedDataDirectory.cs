using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.LocalPostgres;

namespace OpenIntegrationData.Api.Hosting;

/// <summary>Where the private cluster keeps its data when <c>Database:LocalDataDirectory</c> is not set.</summary>
internal static class EmbeddedDataDirectory
{
    /// <summary>
    /// <c>.local/pgdata</c> at the repository root (git-ignored) when run from a clone, otherwise
    /// <c>OpenIntegrationData/pgdata</c> in the user's data folder. When we are root the server runs as the
    /// <c>postgres</c> user; if that user cannot enter the chosen place (a private home or temp folder),
    /// the data goes to <c>/var/lib/openintegrationdata/</c> instead, one folder per place.
    /// </summary>
    public static string Resolve()
    {
        var repository = FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? FindRepositoryRoot(AppContext.BaseDirectory);
        var preferred = repository is not null
            ? Path.Combine(repository, ".local", "pgdata")
            : Path.Combine(UserDataFolder(), "OpenIntegrationData", "pgdata");

        if (LocalPostgresCluster.IsReachableByServer(preferred))
        {
            return preferred;
        }

        var tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preferred)))[..12];
        return Path.Combine("/var/lib/openintegrationdata", $"pgdata-{tag}");
    }

    private static string UserDataFolder()
    {
        var folder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(folder) ? Path.GetTempPath() : folder;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = Path.GetFullPath(start); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "OpenIntegrationData.sln")))
            {
                return folder;
            }
        }

        return null;
    }
}

using System.Diagnostics;
using OpenIntegrationData.LocalPostgres;
using OpenIntegrationData.Testing;

namespace OpenIntegrationData.Data.Tests.Database;

/// <summary>A database's schema as <c>pg_dump --schema-only</c> prints it, without the migration history tables.</summary>
internal static class SchemaDump
{
    public static async Task<string> OfAsync(TestDatabase database)
    {
        // pg_dump of the server's own version: beside the real postgres program (PATH may hold only links to it).
        var postgres = new FileInfo(Path.Combine(PostgresBinaries.Locate().Directory, "postgres"));
        var pgDump = Path.Combine(Path.GetDirectoryName((postgres.ResolveLinkTarget(returnFinalTarget: true) ?? postgres).FullName)!, "pg_dump");
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--schema-only", "--no-owner", "--no-privileges",
                     "--exclude-table=schema_migrations", "--exclude-table=\"__EFMigrationsHistory\"",
                     "--dbname", database.ConnectionUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await error}");

        // pg_dump fences its output with a random \restrict key; nothing else varies from run to run.
        return string.Join('\n', (await output).Split('\n').Where(line => !line.StartsWith("\\restrict", StringComparison.Ordinal) && !line.StartsWith("\\unrestrict", StringComparison.Ordinal)));
    }
}

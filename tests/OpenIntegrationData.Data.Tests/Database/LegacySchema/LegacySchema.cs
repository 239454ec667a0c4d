using System.Security.Cryptography;
using System.Text;
using Npgsql;
using OpenIntegrationData.Data.Tests.Support;

namespace OpenIntegrationData.Data.Tests.Database.LegacySchema;

/// <summary>
/// Builds a database the way releases before the EF Core model did: the SQL files 0001–0007 (kept here
/// only as this fixture), each applied and recorded in <c>schema_migrations</c> by name and SHA-256.
/// </summary>
internal static class LegacySchema
{
    public static string Folder => Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Database", "LegacySchema");

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.sql").Order(StringComparer.Ordinal).ToList();

    public static async Task BuildAsync(NpgsqlDataSource dataSource, int fileCount = int.MaxValue)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await ExecuteAsync(connection, """
            CREATE TABLE schema_migrations (
                name       text        PRIMARY KEY,
                sha256     text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """);
        foreach (var file in Files.Take(fileCount))
        {
            var sql = await File.ReadAllTextAsync(file);
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, sql);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (name, sha256) VALUES ($1, $2)", connection);
            record.Parameters.AddWithValue(Path.GetFileName(file));
            record.Parameters.AddWithValue(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql))));
            await record.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using System.Security.Cryptography;
using System.Text;

namespace OpenIntegrationData.Data.Database;

/// <summary>One schema change: a file <c>schema/migrations/NNNN_description.sql</c> applied once, in name order.</summary>
public sealed record Migration(string Name, string Sql)
{
    /// <summary>
    /// Hex SHA-256 of the SQL with line endings normalised, so a checkout with CRLF line endings
    /// is not mistaken for a changed migration. Computed on read so a copy made with <c>with</c> never carries a stale hash.
    /// </summary>
    public string Sha256 => Hash(Sql);

    private static string Hash(string sql)
    {
        var normalized = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}

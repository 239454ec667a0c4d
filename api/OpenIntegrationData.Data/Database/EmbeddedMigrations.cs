using System.Reflection;
using System.Text;

namespace OpenIntegrationData.Data.Database;

/// <summary>The project's migrations, embedded from <c>schema/migrations/*.sql</c> (see the Data csproj).</summary>
public static class EmbeddedMigrations
{
    private const string Prefix = "schema/migrations/";

    /// <summary>All embedded migrations in the order they apply (ordinal order of their file names).</summary>
    public static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => new Migration(name[Prefix.Length..], Read(assembly, name)))
            .ToList();
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded migration '{resourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

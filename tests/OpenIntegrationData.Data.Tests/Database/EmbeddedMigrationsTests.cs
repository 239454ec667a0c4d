using OpenIntegrationData.Data.Database;

namespace OpenIntegrationData.Data.Tests.Database;

public sealed class EmbeddedMigrationsTests
{
    [Fact]
    public void Load_ReturnsEveryFileOfSchemaMigrationsInNameOrder()
    {
        var folder = Path.Combine(RepositoryRoot(), "schema", "migrations");
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];

        var embedded = EmbeddedMigrations.Load();

        Assert.Equal(files, embedded.Select(migration => migration.Name));
        foreach (var migration in embedded)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, migration.Name)), migration.Sql);
        }
    }

    private static string RepositoryRoot() =>
        typeof(EmbeddedMigrationsTests).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "RepositoryRoot")
            .Value!;
}

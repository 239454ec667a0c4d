using System.Reflection;

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>Paths in the repository the tests read: seed data, the SDL snapshot, the example operations.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = typeof(RepositoryFolder).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value!;

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string SchemaFile => Path.Combine(Root, "schema", "schema.graphql");

    public static string ExampleQueries => Path.Combine(Root, "docs", "queries");
}

namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>The seed data plus a small test city modelled on Berlin (Fixtures/areas, AGS 99000000): levels of two LOR versions,
/// half-years, a second measure, age groups and nested origin groups, for the tests of areas, measures and totals.</summary>
public sealed class AreaGraphFixture : SeededGraphFixture
{
    /// <summary>The fictitious test city's filter: its codes are Berlin's, so every area query names it.</summary>
    public const string TestCity = """municipality: { key: { eq: "99000000" } }""";

    public static string Folder => Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Fixtures", "areas");

    protected override IEnumerable<string> FoldersOnTop => [Folder];
}

[CollectionDefinition(Name)]
public sealed class AreaGraphCollection : ICollectionFixture<AreaGraphFixture>
{
    public const string Name = "area graph";
}

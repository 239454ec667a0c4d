namespace OpenIntegrationData.Data.Tests.Support;

/// <summary>The seed data plus a small Berlin (Fixtures/areas): levels of two LOR versions, half-years, a second
/// measure, age groups and nested origin groups, for the tests of areas, measures and totals.</summary>
public sealed class AreaGraphFixture : SeededGraphFixture
{
    public static string Folder => Path.Combine(RepositoryFolder.Root, "tests", "OpenIntegrationData.Data.Tests", "Fixtures", "areas");

    protected override IEnumerable<string> Folders => [RepositoryFolder.SeedData, Folder];
}

[CollectionDefinition(Name)]
public sealed class AreaGraphCollection : ICollectionFixture<AreaGraphFixture>
{
    public const string Name = "area graph";
}

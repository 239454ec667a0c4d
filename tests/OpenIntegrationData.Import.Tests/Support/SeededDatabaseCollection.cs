namespace OpenIntegrationData.Import.Tests.Support;

/// <summary>Test classes that share the one seeded database; they run one after another and must leave it as they found it.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDatabaseCollection : ICollectionFixture<SeededDatabaseFixture>
{
    public const string Name = "seeded database";
}

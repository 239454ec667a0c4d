namespace OpenIntegrationData.Data.Database;

/// <summary>What a <see cref="SchemaMigrator"/> run did: the migrations it applied now and those found already applied.</summary>
public sealed record MigrationReport(IReadOnlyList<string> Applied, IReadOnlyList<string> AlreadyApplied);

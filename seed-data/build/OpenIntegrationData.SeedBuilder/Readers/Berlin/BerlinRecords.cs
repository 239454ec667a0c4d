namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>T1: residents (main residence) by German / foreign citizenship and migration background (MH).</summary>
public sealed record BerlinResidents(
    string Id,
    int Inhabitants,
    int WithMigrationBackground,
    int Germans,
    int GermansWithoutMigrationBackground,
    int GermansWithMigrationBackground,
    int Foreigners);

/// <summary>T2: residents by eight age bands ("from – under"), female residents and foreigners.</summary>
public sealed record BerlinResidentsByAge(string Id, int Inhabitants, IReadOnlyList<int> ByAgeBand, int Female, int Foreigners);

/// <summary>T3: residents WITH migration background by age band, female, and the foreigners among them.</summary>
public sealed record BerlinMigrationBackgroundByAge(string Id, int WithMigrationBackground, IReadOnlyList<int> ByAgeBand, int Female, int Foreigners);

/// <summary>T4: residents with migration background by origin (Herkunft, not citizenship); the groups nest and overlap,
/// see <see cref="BerlinOrigins"/>.</summary>
public sealed record BerlinMigrationBackgroundByOrigin(string Id, int WithMigrationBackground, IReadOnlyDictionary<string, int> ByOrigin);

/// <summary>The age bands of T2 and T3, lower bound inclusive, upper bound exclusive (null = open).</summary>
public sealed record BerlinAgeBand(string ColumnSuffix, int From, int? Under)
{
    public static IReadOnlyList<BerlinAgeBand> All { get; } =
    [
        new("below_6", 0, 6), new("6_15", 6, 15), new("15_18", 15, 18), new("18_27", 18, 27),
        new("27_45", 27, 45), new("45_55", 45, 55), new("55_65", 55, 65), new("above_65", 65, null),
    ];
}

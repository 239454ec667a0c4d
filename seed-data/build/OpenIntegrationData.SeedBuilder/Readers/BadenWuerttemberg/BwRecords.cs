using NodaTime;
using OpenIntegrationData.SeedBuilder.Nationalities;

namespace OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;

/// <summary>What both BW files say about themselves: the GENESIS table, its address, licence and reference date.</summary>
public sealed record BwFileFacts(LocalDate ReferenceDate, string Source, string SourceUrl, string Licence, string LicenceUrl);

/// <summary>A Kreis of Baden-Württemberg: AGS Kreis code ("08111") and the name as the file prints it.</summary>
public sealed record BwKreis(string Id, string Name);

/// <summary>Foreigners of one nationality in a Kreis (Ausländerzentralregister, counts rounded to multiples of 5).</summary>
public sealed record BwNationalityCount(int Line, NationalityCode Nationality, int Count);

/// <summary>One Kreis of the nationalities file: the listed non-zero nationalities and the published total.</summary>
public sealed record BwKreisNationalities(int Line, BwKreis Kreis, IReadOnlyList<BwNationalityCount> Nationalities, int ForeignTotal, decimal NamedSharePercent);

public sealed record BwNationalitiesFile(BwFileFacts Facts, int NationalityCount, IReadOnlyList<BwKreisNationalities> Kreise);

/// <summary>An age group of the population file: from (inclusive) to under (exclusive; null = open), as labelled.</summary>
public sealed record BwAgeGroup(string Label, int From, int? Under);

public sealed record BwAgeCount(BwAgeGroup Group, int Total, int German, int Foreign);

/// <summary>One Kreis of the population file (Bevölkerungsfortschreibung): population by age group × German / foreign.</summary>
public sealed record BwKreisPopulation(int Line, BwKreis Kreis, IReadOnlyList<BwAgeCount> ByAge, int Population, int German, int Foreign, decimal ForeignSharePercent);

public sealed record BwAgeNationalityFile(BwFileFacts Facts, IReadOnlyList<BwAgeGroup> AgeGroups, IReadOnlyList<BwKreisPopulation> Kreise);

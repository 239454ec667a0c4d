using OpenIntegrationData.SeedBuilder.Nationalities;
using OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;
using OpenIntegrationData.SeedBuilder.Readers.Berlin;
using OpenIntegrationData.SeedBuilder.Readers.Hamburg;
using OpenIntegrationData.SeedBuilder.Readers.Muenchen;
using OpenIntegrationData.SeedBuilder.Readers.SharedData;

namespace OpenIntegrationData.SeedBuilder;

/// <summary>Where the city files lie in the shared data folder, and one call that reads them all (the <c>check</c> command).</summary>
public sealed class CityFiles(string sharedData)
{
    public string BerlinPopulation => Path.Combine(sharedData, "cities", "berlin", "population");

    public string MuenchenMobility => Path.Combine(sharedData, "cities", "muenchen", "population", "indikat2510_bevoelkerung_mobilitaetsziffer_28_10_25.csv");

    public string MuenchenDensity => Path.Combine(sharedData, "cities", "muenchen", "population", "indikat2510_bevoelkerung_bevoelkerungsdichte_28_10_25.csv");

    public string HamburgProfiles => Path.Combine(sharedData, "cities", "hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv");

    public string BwNationalities => Path.Combine(sharedData, "cities", "baden-wuerttemberg", "district-nationalities-2025.json");

    public string BwAgeNationality => Path.Combine(sharedData, "cities", "baden-wuerttemberg", "district-age-nationality-2025.json");

    public string DestatisCodes => Path.Combine(sharedData, "destatis_staatsangehoerigkeit.csv");

    /// <summary>Reads every city file with its reader and says how many records each gave; throws on the first bad one.</summary>
    public IEnumerable<string> Check()
    {
        var berlin = BerlinLorFile.InFolder(BerlinPopulation);
        var rows = berlin.Sum(f => f.Table switch
        {
            1 => BerlinLorReader.ReadT1(f).Count,
            2 => BerlinLorReader.ReadT2(f).Count,
            3 => BerlinLorReader.ReadT3(f).Count,
            _ => BerlinLorReader.ReadT4(f).Count,
        });
        yield return $"Berlin LOR population: {berlin.Count} files, {rows} rows";
        yield return $"München mobility: {IndikatorenatlasReader.Read(MuenchenMobility, "Mobilitätsziffer").Count} rows";
        yield return $"München density: {IndikatorenatlasReader.Read(MuenchenDensity, "Bevölkerungsdichte").Count} rows";
        yield return $"Hamburg Stadtteil profiles: {StadtteilprofileReader.Read(HamburgProfiles).Count} rows";
        var names = new NationalityNames(CodeListReaders.ReadDestatis(DestatisCodes));
        var nationalities = BwJsonReader.ReadNationalities(BwNationalities, names);
        yield return $"Baden-Württemberg nationalities: {nationalities.Kreise.Count} Kreise, "
            + $"{nationalities.Kreise.SelectMany(k => k.Nationalities).Select(n => n.Nationality.Name).Distinct().Count()} names, all mapped";
        yield return $"Baden-Württemberg age × nationality: {BwJsonReader.ReadAgeNationality(BwAgeNationality).Kreise.Count} Kreise";
    }
}

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: what the population figures count (measures), so that no total adds two different things.</summary>
internal sealed partial class SeedDataBuilder
{
    /// <summary>Residents on a reference date from the population register: every figure without a measure of its own.</summary>
    private const string Residents = "residents";

    private void AddMeasure(string key, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
        string unitDe, string unitEn, string kind, string? sourceKey = null) =>
        _measure.Add(new Dictionary<string, string?>
        {
            ["key"] = key,
            ["name_de"] = nameDe,
            ["name_en"] = nameEn,
            ["description_de"] = descriptionDe,
            ["description_en"] = descriptionEn,
            ["unit_de"] = unitDe,
            ["unit_en"] = unitEn,
            ["kind"] = kind,
            ["source_key"] = sourceKey,
        }, key);

    private void AddMeasures()
    {
        AddMeasure(Residents, "Einwohner am Stichtag", "Residents on the reference date",
            "Einwohnerinnen und Einwohner mit Hauptwohnsitz laut Melderegister am Stichtag.",
            "Residents with their main residence in the population register on the reference date.", "Personen", "persons", "count");
            AddMeasure(OriginMeasure, "Einwohner mit Migrationshintergrund nach Herkunft", "Residents with a migration background by origin",
            "Einwohnerinnen und Einwohner mit Migrationshintergrund nach Herkunftsgebiet (nicht Staatsangehörigkeit), Berlin Tabelle T4; die Herkunftsgruppen überschneiden sich.",
            "Residents with a migration background by area of origin (not citizenship), Berlin table T4; the origin groups overlap.",
            "Personen", "persons", "count", BerlinPopulation);
        AddMeasure(AnnualMean, "Mittlere Hauptwohnsitzbevölkerung", "Mean main-residence population",
            "Durchschnittliche Zahl der Einwohnerinnen und Einwohner mit Hauptwohnsitz im Jahr (München, Indikatorenatlas); `value` trägt den veröffentlichten Dezimalwert.",
            "Average number of residents with their main residence over the year (München, Indikatorenatlas); `value` carries the published decimal.",
            "Personen (Jahresmittel)", "persons (annual mean)", "mean", MuenchenMobility);
        AddMeasure(ForeignersAzr, "Ausländer im Ausländerzentralregister", "Foreign nationals in the Central Register of Foreigners",
            "Ausländerinnen und Ausländer laut Ausländerzentralregister (AZR) am Stichtag, auf Vielfache von 5 gerundet; weicht von den Ausländern der Bevölkerungsfortschreibung ab.",
            "Foreign nationals in the Central Register of Foreigners (AZR) on the reference date, rounded to multiples of 5; differs from the foreigners of the population update.",
            "Personen", "persons", "count", BwNationalities);
        AddMeasure(PopulationUpdate, "Bevölkerung laut Fortschreibung", "Population (intercensal update)",
            "Bevölkerung am Stichtag nach der Fortschreibung des Bevölkerungsstandes auf Basis des Zensus (Statistisches Bundesamt).",
            "Population on the reference date from the intercensal population update based on the census (Federal Statistical Office).",
            "Personen", "persons", "count", BwPopulation);
    }
}

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The measures figures are published in (measure.csv); a figure that names none counts residents.</summary>
internal sealed partial class SeedDataBuilder
{
    private void AddMeasures()
    {
        _measure.Add(new Dictionary<string, string?>
        {
            ["key"] = "residents",
            ["name_de"] = "Einwohner am Stichtag",
            ["name_en"] = "Residents on the reference date",
            ["description_de"] = "Einwohnerinnen und Einwohner mit Hauptwohnsitz laut Melderegister am Stichtag.",
            ["description_en"] = "Residents with their main residence in the population register on the reference date.",
            ["unit_de"] = "Personen",
            ["unit_en"] = "persons",
            ["kind"] = "count",
        }, "residents");
    }
}

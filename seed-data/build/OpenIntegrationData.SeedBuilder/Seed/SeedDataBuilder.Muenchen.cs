using OpenIntegrationData.SeedBuilder.Readers.Muenchen;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: München's Stadtbezirke with the Indikatorenatlas figures (mean and main-residence population).</summary>
internal sealed partial class SeedDataBuilder
{
    private const string Muenchen = "09162000";
    private const string MuenchenMobility = "muenchen-indikatorenatlas-mobilitaetsziffer";
    private const string MuenchenDensity = "muenchen-indikatorenatlas-bevoelkerungsdichte";
    private const string AnnualMean = "residents-annual-mean";

    private void AddMuenchen()
    {
        var folder = Path.Combine(raw.Folder, "cities", "muenchen", "population");
        var density = IndikatorenatlasReader.Read(Path.Combine(folder, "indikat2510_bevoelkerung_bevoelkerungsdichte_28_10_25.csv"), "Bevölkerungsdichte");
        var mobility = IndikatorenatlasReader.Read(Path.Combine(folder, "indikat2510_bevoelkerung_mobilitaetsziffer_28_10_25.csv"), "Mobilitätsziffer");
        var lastYear = density.Max(r => r.Year);
        var city = density.Single(r => r.Area.IsCity && r.Year == lastYear);
        AddCityMunicipality(Muenchen, "München", "München, Landeshauptstadt", "Bayern", "kreisfreie Stadt", city.BaseValues[1],
            new CityFigure(Muenchen, null, null, Residents, lastYear, null, "year", (int)city.BaseValues[0]!.Value, MuenchenDensity), MuenchenDensity);
        AddAreaLevel(Muenchen, "stadtbezirk", "Stadtbezirk", "City district (Stadtbezirk)", 1, null, null,
            "Die 25 Münchner Stadtbezirke (Nummer 01 bis 25).", "München's 25 city districts (numbers 01 to 25).", MuenchenDensity);
        foreach (var row in density.Where(r => !r.Area.IsCity && r.Year == lastYear).OrderBy(r => r.Area.Code, StringComparer.Ordinal))
        {
            AddArea(Muenchen, "stadtbezirk", row.Area.Code!, row.Area.Name, null, null, int.Parse(row.Area.Code!, System.Globalization.CultureInfo.InvariantCulture),
                row.BaseValues[1], MuenchenDensity);
        }
        foreach (var row in density)
        {
            // Main-residence population (a stock, Basiswert 1); the file gives the year, not the day.
            AddCityFigure(new CityFigure(Muenchen, row.Area.IsCity ? null : "stadtbezirk", row.Area.Code, Residents, row.Year, null, "year",
                (int)row.BaseValues[0]!.Value, MuenchenDensity));
        }
        foreach (var row in mobility)
        {
            var mean = row.BaseValues[4]!.Value;
            var figure = new CityFigure(Muenchen, row.Area.IsCity ? null : "stadtbezirk", row.Area.Code, AnnualMean, row.Year, null, "year",
                (int)Math.Round(mean, MidpointRounding.AwayFromZero), MuenchenMobility) { Value = mean };
            AddCityFigure(row.Auspraegung switch
            {
                Auspraegung.Deutsch => figure with { Alpha2 = "DE" },
                Auspraegung.Nichtdeutsch => figure with { Group = "foreign" },
                _ => figure,
            });
        }
    }
}

using NodaTime;
using OpenIntegrationData.SeedBuilder.Readers.GeoJson;
using OpenIntegrationData.SeedBuilder.Readers.Hamburg;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Hamburg's Bezirke and Stadtteile with the residents of the Stadtteil profiles 2014; their
/// other columns are indicators (SeedDataBuilder.HamburgIndicators).</summary>
internal sealed partial class SeedDataBuilder
{
    private const string Hamburg = "02000000";
    private const string HamburgProfiles = "statistikamt-nord-stadtteilprofile-2014";
    private const string HamburgBoundaries = HamburgGeo;

    /// <summary>Count columns taken from the profiles: all end-of-2013 stocks of residents.</summary>
    private static readonly (string Header, Func<CityFigure, CityFigure> Dimension)[] HamburgCounts =
    [
        ("Bevölkerung", f => f),
        ("Unter 18-Jährige", f => f with { AgeGroup = "0-17" }),
        (" 65-Jährige und Ältere", f => f with { AgeGroup = "65+" }),
        ("Ausländerinnen und Ausländer", f => f with { Group = "foreign" }),
        ("Bevölkerung mit Migrations-hintergrund", f => f with { Category = "with_migration_background" }),
        ("Unter 18-Jährige mit Migrations-hintergrund", f => f with { Category = "with_migration_background", AgeGroup = "0-17" }),
    ];

    private void AddHamburg()
    {
        var folder = Path.Combine(raw.Folder, "cities", "hamburg");
        var rows = StadtteilprofileReader.Read(Path.Combine(folder, "population", "Daten_fuer_die_Stadtteilprofile_2014.csv"));
        var districts = FeaturePropertiesReader.Read(Path.Combine(folder, "geo", "hamburg-districts.geojson"), "id", "name");
        var quarters = FeaturePropertiesReader.Read(Path.Combine(folder, "geo", "hamburg-district-regions.geojson"), "id", "name", "district_id");
        var population = ProfileColumns.ByHeader("Bevölkerung");
        var area = ProfileColumns.ByHeader("Fläche in km²");
        var city = rows[^1];
        var date = new LocalDate(2013, 12, 31);
        AddCityMunicipality(Hamburg, "Hamburg", "Hamburg, Freie und Hansestadt", "Hamburg", "kreisfreie Stadt", city[area].Number,
            new CityFigure(Hamburg, null, null, Residents, 2013, date, "year", (int)city[population].Number!.Value, HamburgProfiles), HamburgProfiles);
        AddAreaLevel(Hamburg, "bezirk", "Bezirk", "Borough (Bezirk)", 1, null, null, "Die sieben Hamburger Bezirke.", "Hamburg's seven boroughs.", HamburgBoundaries);
        AddAreaLevel(Hamburg, "stadtteil", "Stadtteil", "Quarter (Stadtteil)", 2, null, null,
            "Die Hamburger Stadtteile (vierstellige Nummer: Bezirk und Stadtteil).", "Hamburg's quarters (four-digit number: borough and quarter).", HamburgBoundaries);
        var bezirkCode = districts.ToDictionary(d => d["name"], d => d["id"], StringComparer.Ordinal);
        var quarterCode = quarters.ToDictionary(q => q["name"], q => q["id"], StringComparer.Ordinal);
        var bezirkRows = rows.Where(r => r.Kind == ProfileAreaKind.Bezirk).ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var district in districts.OrderBy(d => d["id"], StringComparer.Ordinal))
        {
            AddArea(Hamburg, "bezirk", district["id"], district["name"], null, null, int.Parse(district["id"], System.Globalization.CultureInfo.InvariantCulture),
                bezirkRows.TryGetValue(district["name"], out var bezirk) ? bezirk[area].Number : null, HamburgBoundaries);
        }
        var stadtteilRows = rows.Where(r => r.Kind == ProfileAreaKind.Stadtteil && r.Stadtteile.Count == 1).ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var (quarter, order) in quarters.OrderBy(q => q["id"], StringComparer.Ordinal).Select((q, i) => (q, i + 1)))
        {
            AddArea(Hamburg, "stadtteil", quarter["id"], quarter["name"], "bezirk", quarter["district_id"], order,
                stadtteilRows.TryGetValue(quarter["name"], out var row) ? row[area].Number : null, HamburgBoundaries);
        }
        // Rows that combine two Stadtteile belong to no single area; their figures stay out (seed-data/README).
        var areaRows = rows.Where(r => r.Kind != ProfileAreaKind.Stadtteil || r.Stadtteile.Count == 1)
            .Select(r => (Row: r, Area: r.Kind switch
            {
                ProfileAreaKind.City => new HamburgArea(null, null),
                ProfileAreaKind.Bezirk => new HamburgArea("bezirk", bezirkCode[r.Name]),
                _ => new HamburgArea("stadtteil", quarterCode[r.Name]),
            }))
            .ToList();
        foreach (var (row, (level, code)) in areaRows)
        {
            foreach (var (header, dimension) in HamburgCounts)
            {
                var cell = row[ProfileColumns.ByHeader(header)];
                if (cell.Number is { } persons)
                {
                    AddCityFigure(dimension(new CityFigure(Hamburg, level, code, Residents, 2013, date, "year", (int)persons, HamburgProfiles)));
                }
            }
        }
        AddHamburgIndicators(areaRows);
    }

    /// <summary>The area a row of the profiles is for: level and code, both null for the city itself.</summary>
    private readonly record struct HamburgArea(string? Level, string? Code);
}

using System.Globalization;
using OpenIntegrationData.SeedBuilder.Readers.GeoJson;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>
/// The seed builder: boundaries. The published outline files are copied byte for byte from
/// <c>cities/&lt;city&gt;/geo/</c> into <c>seed-data/geo/&lt;city&gt;/</c>, with their sources, and <c>boundaries.csv</c>
/// names the files whose areas the seed holds (the importer refuses an outline without its area).
/// </summary>
internal sealed partial class SeedDataBuilder
{
    private const string Bonn = "05314000";
    private const string BerlinGeo = "berlin-lor-geodata";
    private const string KoelnGeo = "koeln-geo-stadtbezirke-stadtteile";
    private const string MuenchenGeo = "muenchen-geo-stadtbezirke";
    private const string HamburgGeo = "hamburg-geo-verwaltungsgrenzen";
    private const string BonnGeo = "bonn-geo-stadtgebiet-bezirke-ortsteile";

    private static readonly string[] GeoCities = ["berlin", "koeln", "muenchen", "hamburg", "bonn"];

    private readonly OutputTable _boundaries = new("boundaries",
        "file", "municipality_ags", "level_key", "code_property", "name_property", "source_key", "recoded_features");

    private void AddBoundaries()
    {
        const string ccBy4 = "https://creativecommons.org/licenses/by/4.0/";
        const string dlDe = "https://www.govdata.de/dl-de/by-2-0";
        AddSource(BerlinGeo, "LOR-Geodaten Berlin: Stadtgrenze, Bezirke, Prognoseräume (ab 2021), Bezirksregionen und Planungsräume (bis 2020)",
            "Amt für Statistik Berlin-Brandenburg, Geoportal Berlin; aufbereitet von open-data-product",
            "https://github.com/open-data-product/open-data-product-berlin-lor-geodata", "open_data",
            "CC-BY-4.0", "Creative Commons Attribution 4.0 International", ccBy4, "2025-08-20",
            "Commit ac6ec9b1df791458032a8ec3aef31d6c340bea69, data/02-silver; byte copies. Source data CC BY 3.0 DE (Amt für Statistik Berlin-Brandenburg). Also the areas' codes and names and the LOR 2006/2021 match table (data/03-gold/berlin-lor-matches); LOR 2021 Bezirksregionen and Planungsräume have no names in this copy.",
            quality: "official");
        AddSource(KoelnGeo, "Stadtbezirke (2013-10-04) und Stadtteile (2013-06-25) der Stadt Köln, Grenzen", "Stadt Köln, Offene Daten Köln",
            "http://www.offenedaten-koeln.de/", "open_data", "CC-BY", "Creative Commons Attribution (version not stated)", ccBy4, "2013-10-04",
            "Via KoelnAPI/data commit 08b0255c8ea12c8efc5e8d03b473a3d8bdcaeb93 (Stadtbezirke byte copy; Stadtteile converted from KML, coordinates unchanged). Stadtteil 202 Marienburg self-intersects as published; the importer repairs it with ST_MakeValid.",
            quality: "official");
        AddSource(MuenchenGeo, "Stadtbezirke München (vablock_stadtbezirke_opendata)", "Landeshauptstadt München, GeoPortal",
            "https://opendata.muenchen.de/dataset/vablock_stadtbezirke_opendata", "open_data", "dl-de/by-2-0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0", dlDe, null,
            "Via DavidBreuninger/Anfaengerpraktikum_Bevoelkerungsentwicklung_und_Umzugsentwicklung_Muenchen commit 915bd54feabe95b384e4ce469926c59def85bc36 (Data/vablock_stadtbezirk.csv), reprojected from EPSG:25832 to WGS 84; the exclaves of Bezirke 18 and 19 grouped into one MultiPolygon each.",
            quality: "official");
        AddSource(HamburgGeo, "ALKIS Verwaltungsgrenzen Hamburg: Stadtgrenze, Bezirke, Stadtteile, Ortsteile",
            "Freie und Hansestadt Hamburg, Landesbetrieb Geoinformation und Vermessung (LGV); aufbereitet von open-data-product",
            "https://github.com/open-data-product/open-data-product-hamburg-geodata", "open_data", "dl-de/by-2-0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0", dlDe, "2025-10-31",
            "Commit 6052f7446b0c8dc7a65bd7a079bf0373a42a21bf, data/02-silver/hamburg-administrative-boundaries; byte copies. Data product CC BY 4.0. Also the codes and names of the Bezirke and Stadtteile.",
            quality: "official");
        AddSource(BonnGeo, "Flächen des Stadtgebiets, der Stadtbezirke und der Ortsteile der Bundesstadt Bonn", "Bundesstadt Bonn",
            "http://opendata.bonn.de/dataset/flächen-der-ortsteile", "open_data", "CC0-1.0", "Creative Commons Zero 1.0 Universal",
            "https://creativecommons.org/publicdomain/zero/1.0/", "2020-10-14",
            "Via penpendede/stolperstein-bonn commit aa53a335b74dc80aa9bc805bc7011409180af2f1 (js/*.js with the JavaScript wrapper removed, JSON text unchanged).",
            quality: "official");

        // Each file of a level the seed holds (the importer refuses an outline without its area).
        AddBoundaryFile("geo/berlin/berlin-lor-city.geojson", Berlin, null, "id", "name", BerlinGeo);
        AddBoundaryFile("geo/berlin/berlin-lor-districts.geojson", Berlin, "bezirk", "id", "name", BerlinGeo);
        AddBoundaryFile("geo/berlin/berlin-lor-forecast-areas-from-2021.geojson", Berlin, "prognoseraum-lor2021", "id", "name", BerlinGeo);
        AddBoundaryFile("geo/berlin/berlin-lor-district-regions-until-2020.geojson", Berlin, "bezirksregion-lor2006", "id", "name", BerlinGeo);
        // The file gives two features the id 06010102; the first (feature 124, in Charlottenburg-Wilmersdorf) is 04030417.
        AddBoundaryFile("geo/berlin/berlin-lor-planning-areas-until-2020.geojson", Berlin, "planungsraum-lor2006", "id", "name", BerlinGeo, recoded: "124=04030417");
        AddBoundaryFile("geo/koeln/stadtbezirke.geojson", Koeln, "stadtbezirk", "STB_NR", "STB_NAME", KoelnGeo);
        AddBoundaryFile("geo/koeln/stadtteile.geojson", Koeln, "stadtteil", "STT_NR", "STT_NAME", KoelnGeo);
        AddBoundaryFile("geo/muenchen/stadtbezirke.geojson", Muenchen, "stadtbezirk", "sb_nummer", "sb_name", MuenchenGeo);
        AddBoundaryFile("geo/hamburg/hamburg-city.geojson", Hamburg, null, "id", "name", HamburgGeo);
        AddBoundaryFile("geo/hamburg/hamburg-districts.geojson", Hamburg, "bezirk", "id", "name", HamburgGeo);
        AddBoundaryFile("geo/hamburg/hamburg-district-regions.geojson", Hamburg, "stadtteil", "id", "name", HamburgGeo);
        AddBoundaryFile("geo/bonn/stadtgebiet.geojson", Bonn, null, "gid", "gebiet_bez", BonnGeo);

        AddOutlineOnlyAreas();
        AddBoundaryFile("geo/hamburg/hamburg-quarters.geojson", Hamburg, "ortsteil", "quarter_id_3", "name", HamburgGeo);
        AddBoundaryFile("geo/bonn/bezirke.geojson", Bonn, "stadtbezirk", "bezirk", "bezirk_bez", BonnGeo);
        AddBoundaryFile("geo/bonn/ortsteile.geojson", Bonn, "ortsteil", "gid", "ortsteil_bez", BonnGeo);
    }

    /// <summary>
    /// Levels whose areas the seed knows only from their outlines (no figures yet): Hamburg's Ortsteile and Bonn's
    /// Stadtbezirke and Ortsteile, with the codes, names and parents the boundary files give.
    /// </summary>
    private void AddOutlineOnlyAreas()
    {
        var geo = Path.Combine(raw.Folder, "cities");
        var hamburgQuarters = FeaturePropertiesReader.Read(Path.Combine(geo, "hamburg", "geo", "hamburg-quarters.geojson"), "quarter_id_3", "name", "district_region_id");
        AddAreaLevel(Hamburg, "ortsteil", "Ortsteil", "Locality (Ortsteil)", 3, null, null,
            "Die Hamburger Ortsteile (dreistellige Nummer), Teile der Stadtteile; bisher nur mit ihren Grenzen.",
            "Hamburg's localities (three-digit number), parts of the quarters; so far with their outlines only.", HamburgGeo);
        foreach (var (quarter, order) in hamburgQuarters.OrderBy(q => q["quarter_id_3"], StringComparer.Ordinal).Select((q, i) => (q, i + 1)))
        {
            AddArea(Hamburg, "ortsteil", quarter["quarter_id_3"], quarter["name"], "stadtteil", quarter["district_region_id"], order, null, HamburgGeo);
        }

        var bonnDistricts = FeaturePropertiesReader.Read(Path.Combine(geo, "bonn", "geo", "bezirke.geojson"), "bezirk", "bezirk_bez");
        var bonnLocalities = FeaturePropertiesReader.Read(Path.Combine(geo, "bonn", "geo", "ortsteile.geojson"), "gid", "ortsteil_bez", "bezirk");
        AddAreaLevel(Bonn, "stadtbezirk", "Stadtbezirk", "City district (Stadtbezirk)", 1, null, null,
            "Die vier Bonner Stadtbezirke; bisher nur mit ihren Grenzen.", "Bonn's four city districts; so far with their outlines only.", BonnGeo);
        AddAreaLevel(Bonn, "ortsteil", "Ortsteil", "Locality (Ortsteil)", 2, null, null,
            "Die Bonner Ortsteile (Nummer: Stadtbezirk und Ortsteil); bisher nur mit ihren Grenzen.",
            "Bonn's localities (number: city district and locality); so far with their outlines only.", BonnGeo);
        foreach (var district in bonnDistricts.OrderBy(d => int.Parse(d["bezirk"], CultureInfo.InvariantCulture)))
        {
            AddArea(Bonn, "stadtbezirk", district["bezirk"], district["bezirk_bez"], null, null, int.Parse(district["bezirk"], CultureInfo.InvariantCulture), null, BonnGeo);
        }

        foreach (var (locality, order) in bonnLocalities.OrderBy(l => int.Parse(l["gid"], CultureInfo.InvariantCulture)).Select((l, i) => (l, i + 1)))
        {
            AddArea(Bonn, "ortsteil", locality["gid"], locality["ortsteil_bez"], "stadtbezirk", locality["bezirk"], order, null, BonnGeo);
        }
    }

    private void AddBoundaryFile(string file, string municipality, string? level, string code, string name, string source, string? recoded = null) =>
        _boundaries.Add(new Dictionary<string, string?>
        {
            ["file"] = file,
            ["municipality_ags"] = municipality,
            ["level_key"] = level,
            ["code_property"] = code,
            ["name_property"] = name,
            ["source_key"] = source,
            ["recoded_features"] = recoded,
        }, file);

    /// <summary>Copies every city's published GeoJSON files into <c>geo/&lt;city&gt;/</c> of the output, unchanged.</summary>
    private void CopyBoundaryFiles(string output)
    {
        foreach (var city in GeoCities)
        {
            var target = Directory.CreateDirectory(Path.Combine(output, "geo", city)).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(raw.Folder, "cities", city, "geo"), "*.geojson"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}

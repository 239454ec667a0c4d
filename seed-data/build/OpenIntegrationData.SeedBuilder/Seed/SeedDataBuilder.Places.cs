using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Places.</summary>
internal sealed partial class SeedDataBuilder
{
    private void CollectPlaces()
    {
        var area = raw.Read("duesseldorf_area_population.csv");
        foreach (var number in Enumerable.Range(1, 10))
        {
            var place = AddPlace(Duesseldorf, null, $"Stadtbezirk {number}", Text.Invariant(number), number, "kuladig-duesseldorf-stadtbezirke");
            SetLatestArea(place, area.Where(r => r["level"] == "stadtbezirk" && r["stadtbezirk"] == Text.Invariant(number)));
        }
        var order = 0;
        foreach (var row in raw.Read("duesseldorf_stadtteile.csv"))
        {
            var place = AddPlace(Duesseldorf, $"Stadtbezirk {row["stadtbezirk"]}", row["stadtteil"],
                Text.NullIfEmpty(row["stadtteil_nr"]), ++order, "kuladig-duesseldorf-stadtbezirke");
            SetLatestArea(place, area.Where(r => r["level"] == "stadtteil" && r["name"] == row["stadtteil"]));
        }
        CollectKoelnPlaces();
        CollectDortmundPlaces();
    }

    private void CollectKoelnPlaces()
    {
        var areas = raw.Read("koeln_einwohner_migration_2005_2012.csv")
            .Select(r => (Code: r["area_code"], Name: r["area_name"], Level: r["area_level"], District: r["stadtbezirk_code"]))
            .Distinct()
            .OrderBy(a => a.Code, StringComparer.Ordinal)
            .ToList();
        var districtNames = areas.Where(a => a.Level == "Stadtbezirk").ToDictionary(a => a.District, a => a.Name, StringComparer.Ordinal);
        foreach (var district in areas.Where(a => a.Level == "Stadtbezirk"))
        {
            var number = int.Parse(district.District, CultureInfo.InvariantCulture);
            AddPlace(Koeln, null, district.Name, district.District, number, KoelnPopulation);
        }
        foreach (var quarter in areas.Where(a => a.Level == "Stadtteil"))
        {
            AddPlace(Koeln, districtNames[quarter.District], quarter.Name, quarter.Code,
                int.Parse(quarter.Code, CultureInfo.InvariantCulture), KoelnPopulation);
        }
    }

    private void CollectDortmundPlaces()
    {
        var facts = raw.Read("city_facts.csv").Where(r => r["city"] == "Dortmund").ToList();
        var order = 0;
        foreach (var row in facts.Where(r => r["subject"] == "Stadtbezirk" && r["metric"] == "name"))
        {
            var source = WebSource(row, "source");
            var place = AddPlace(Dortmund, null, row["value"], null, ++order, source);
            // The Innenstadt pages give the area in the note of their population row ("area 13.76 km²").
            var withArea = facts
                .Where(r => r["area"] == row["area"] && r["note"].StartsWith("area ", StringComparison.Ordinal))
                .Where(r => IsPeriod(r["reference_date"]))
                .OrderByDescending(r => Period.Parse(r["reference_date"]).Rank)
                .FirstOrDefault();
            if (withArea is not null)
            {
                place.Area = decimal.Parse(withArea["note"].Split(' ')[1], CultureInfo.InvariantCulture);
                place.AreaYear = Period.Parse(withArea["reference_date"]).Year;
            }
        }
    }

    private Place AddPlace(string ags, string? district, string name, string? number, int sortOrder, string sourceKey)
    {
        var place = new Place(ags, district, name, number, sortOrder, sourceKey);
        _places.Add(place);
        return place;
    }

    private static void SetLatestArea(Place place, IEnumerable<SourceRecord> rows)
    {
        var latest = rows
            .Where(r => r["area_km2"].Length > 0 && r["reference_date"].Length > 0)
            .OrderByDescending(r => Period.Parse(r["reference_date"]).Rank)
            .FirstOrDefault();
        if (latest is null)
        {
            return;
        }
        place.Area = decimal.Parse(latest["area_km2"], CultureInfo.InvariantCulture);
        place.AreaYear = Period.Parse(latest["reference_date"]).Year;
    }

    private static bool IsPeriod(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

    private void AddPlaces()
    {
        foreach (var row in raw.Read("municipalities.csv"))
        {
            var latest = LatestTotal(row["ags"], null, null);
            var area = row["ags"] == Duesseldorf ? CityArea() : null;
            _municipality.Add(new Dictionary<string, string?>
            {
                ["ags"] = row["ags"],
                ["name"] = row["name"],
                ["official_name"] = row["name_inkar"],
                ["state"] = row["land"],
                ["type"] = row["type"],
                ["area_km2"] = area,
                ["population"] = latest is null ? null : Text.Invariant(latest.Persons),
                ["population_year"] = latest is null ? null : Text.Invariant(latest.Period.Year),
                ["population_reference_date"] = latest?.Period.Date,
                ["population_source_key"] = latest?.SourceKey,
                ["source_key"] = Inkar,
            }, row["ags"]);
        }
        foreach (var place in _places.Where(p => p.District is null))
        {
            _district.Add(PlaceRow(place, LatestTotal(place.Ags, place.Name, null)), place.Ags + "|" + place.Name);
        }
        foreach (var place in _places.Where(p => p.District is not null))
        {
            var row = PlaceRow(place, LatestTotal(place.Ags, place.District, place.Name));
            row["district_name"] = place.District;
            _subDistrict.Add(row, place.Ags + "|" + place.Name);
        }
    }

    private string? CityArea() =>
        raw.Read("duesseldorf_area_population.csv").Single(r => r["level"] == "stadt" && r["area_km2"].Length > 0)["area_km2"];

    private static Dictionary<string, string?> PlaceRow(Place place, PopulationFigure? latest) => new()
    {
        ["municipality_ags"] = place.Ags,
        ["name"] = place.Name,
        ["number"] = place.Number,
        ["sort_order"] = Text.Invariant(place.SortOrder),
        ["area_km2"] = place.Area is { } area ? Text.Invariant(area) : null,
        ["area_reference_year"] = place.AreaYear is { } year ? Text.Invariant(year) : null,
        ["population"] = latest is null ? null : Text.Invariant(latest.Persons),
        ["population_year"] = latest is null ? null : Text.Invariant(latest.Period.Year),
        ["population_reference_date"] = latest?.Period.Date,
        ["population_source_key"] = latest?.SourceKey,
        ["source_key"] = place.SourceKey,
    };

    /// <summary>The latest real count of all residents of an area, if any.</summary>
    private PopulationFigure? LatestTotal(string ags, string? district, string? subDistrict) =>
        _figures
            .Where(f => !f.IsIllustrative && f.Ags == ags && f.District == district && f.SubDistrict == subDistrict)
            .Where(f => f.Alpha2 is null && f.Group is null && f.Category == "all" && f.Sex is null)
            .OrderByDescending(f => f.Period.Rank)
            .FirstOrDefault();
}

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Places: municipalities, their districts (Stadtbezirke) and sub-districts (Stadtteile).</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Municipality() => new(
        "Municipality",
        "municipality",
        "municipalities",
        "A German municipality (Gemeinde), e.g. Düsseldorf, identified by its official municipality key (Amtlicher Gemeindeschlüssel, AGS).")
    {
        ListDescription = "Municipalities (Gemeinden) with their official key, state and population.",
        Columns =
        [
            Text("key", "{t}.ags::text", false, "Official municipality key (Amtlicher Gemeindeschlüssel, AGS), 8 digits, e.g. \"05111000\" for Düsseldorf."),
            Text("name", "name", false, "Common name, e.g. \"Düsseldorf\"."),
            Text("officialName", "official_name", true, "Name as listed by the statistics office, e.g. \"Düsseldorf, Stadt\"."),
            Text("state", "state", false, "Federal state (Bundesland), e.g. \"Nordrhein-Westfalen\"."),
            Text("type", "type", false, "Administrative type, e.g. \"kreisfreie Stadt\" (a city that belongs to no county)."),
            Decimal("areaKm2", "area_km2", true, "Area in square kilometres, where known."),
            Int("population", "population", true, "Number of residents (Einwohner) in the reference year, where a published figure exists."),
            Int("populationYear", "population_year", true, "Year the population figure refers to."),
            Date("populationReferenceDate", "population_reference_date", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
        ],
        Relations =
        [
            Many("districts", "District", "municipality_id", "The city districts (Stadtbezirke) of the municipality."),
            Many("subDistricts", "SubDistrict", "municipality_id", "The quarters (Stadtteile) of the municipality."),
            Many("programmes", "Programme", "municipality_id", "Integration programmes and services the municipality runs or funds."),
            Many("memberships", "Membership", "municipality_id", "Networks and charters the municipality has joined."),
            Many("populationObservations", "PopulationObservation", "municipality_id", "Resident counts for the municipality and every area inside it."),
            Many("indicatorObservations", "IndicatorObservation", "municipality_id", "Indicator values for the municipality and every area inside it."),
            One("populationSource", "Source", "population_source_id", true, "The publication the population figure comes from."),
            SourceOf("the key, name and type"),
        ],
        Lookups =
        [
            new("municipality", "key", ValueKind.String, ["{t}.ags::text"], "Finds a municipality by its official municipality key (AGS); null when there is none.", "The 8-digit official municipality key (AGS), e.g. \"05111000\"."),
        ],
    };

    private static EntityDefinition District() => new(
        "District",
        "district",
        "districts",
        "A city district (Stadtbezirk) of a municipality, e.g. Düsseldorf's Stadtbezirk 3 or Köln's Innenstadt. Districts have their own council (Bezirksvertretung).")
    {
        ListDescription = "City districts (Stadtbezirke) of all municipalities.",
        Columns =
        [
            Text("name", "name", false, "Name of the district, unique within its municipality (Düsseldorf's districts are only numbered: \"Stadtbezirk 1\" … \"Stadtbezirk 10\")."),
            Text("number", "number", true, "Official district number as the city publishes it, e.g. \"3\" in Düsseldorf or \"1\" in Köln; empty when not published."),
            Int("sortOrder", "sort_order", false, "Position of the district in its city's official order."),
            Decimal("areaKm2", "area_km2", true, "Area in square kilometres, where published."),
            Int("areaReferenceYear", "area_reference_year", true, "Year the area figure refers to."),
            Int("population", "population", true, "Number of residents (Einwohner), the latest published figure we have."),
            Int("populationYear", "population_year", true, "Year the population figure refers to."),
            Date("populationReferenceDate", "population_reference_date", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
        ],
        Relations =
        [
            One("municipality", "Municipality", "municipality_id", false, "The municipality the district belongs to."),
            Many("subDistricts", "SubDistrict", "district_id", "The quarters (Stadtteile) inside the district."),
            Linked("programmes", "Programme", "programme_district", "district_id", "programme_id", "Programmes that name this district as one they serve. Programmes for the whole city are listed on the municipality."),
            Many("populationObservations", "PopulationObservation", "district_id", "Resident counts for the district and its quarters."),
            Many("indicatorObservations", "IndicatorObservation", "district_id", "Indicator values for the district and its quarters."),
            One("populationSource", "Source", "population_source_id", true, "The publication the population figure comes from."),
            SourceOf("the district"),
        ],
    };

    private static EntityDefinition SubDistrict() => new(
        "SubDistrict",
        "sub_district",
        "subDistricts",
        "A quarter (Stadtteil) inside a city district, e.g. Flingern-Süd in Düsseldorf's Stadtbezirk 2.")
    {
        ListDescription = "Quarters (Stadtteile) inside the city districts.",
        Columns =
        [
            Text("name", "name", false, "Name of the quarter, unique within its municipality."),
            Text("number", "number", true, "Official quarter number as the city publishes it, e.g. \"022\" in Düsseldorf; empty when not found in a public source."),
            Int("sortOrder", "sort_order", false, "Position in the city's official order."),
            Decimal("areaKm2", "area_km2", true, "Area in square kilometres, where published."),
            Int("areaReferenceYear", "area_reference_year", true, "Year the area figure refers to."),
            Int("population", "population", true, "Number of residents (Einwohner), the latest published figure we have."),
            Int("populationYear", "population_year", true, "Year the population figure refers to."),
            Date("populationReferenceDate", "population_reference_date", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
        ],
        Relations =
        [
            One("municipality", "Municipality", "municipality_id", false, "The municipality the quarter belongs to."),
            One("district", "District", "district_id", false, "The district (Stadtbezirk) the quarter lies in."),
            Many("populationObservations", "PopulationObservation", "sub_district_id", "Resident counts for the quarter."),
            Many("indicatorObservations", "IndicatorObservation", "sub_district_id", "Indicator values for the quarter."),
            One("populationSource", "Source", "population_source_id", true, "The publication the population figure comes from."),
            SourceOf("the quarter"),
        ],
    };
}

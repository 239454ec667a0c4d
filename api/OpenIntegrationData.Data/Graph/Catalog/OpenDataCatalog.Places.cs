using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Places: municipalities, their districts (Stadtbezirke) and sub-districts (Stadtteile).</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Municipality()
    {
        var e = new ModelBinding<Municipality>();
        return new(
            "Municipality",
            e.Table,
            "municipalities",
            "A German municipality (Gemeinde), e.g. Düsseldorf, identified by its official municipality key (Amtlicher Gemeindeschlüssel, AGS).")
        {
            ListDescription = "Municipalities (Gemeinden) with their official key, state and population.",
            Outline = e.Outline(x => x.Boundary),
            Columns =
            [
                e.Column(x => x.Ags, "key", "Official municipality key (Amtlicher Gemeindeschlüssel, AGS), 8 digits, e.g. \"05111000\" for Düsseldorf."),
                e.Column(x => x.Name, "name", "Common name, e.g. \"Düsseldorf\"."),
                e.Column(x => x.OfficialName, "officialName", "Name as listed by the statistics office, e.g. \"Düsseldorf, Stadt\"."),
                e.Column(x => x.State, "state", "Federal state (Bundesland), e.g. \"Nordrhein-Westfalen\"."),
                e.Column(x => x.Type, "type", "Administrative type, e.g. \"kreisfreie Stadt\" (a city that belongs to no county)."),
                e.Column(x => x.AreaKm2, "areaKm2", "Area in square kilometres, where known."),
                e.Column(x => x.Population, "population", "Number of residents (Einwohner) in the reference year, where a published figure exists."),
                e.Column(x => x.PopulationYear, "populationYear", "Year the population figure refers to."),
                e.Column(x => x.PopulationReferenceDate, "populationReferenceDate", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
            ],
            Relations =
            [
                e.Many<District>(x => x.MunicipalityId, "districts", "The city districts (Stadtbezirke) of the municipality.") with { DeprecationReason = "Use `areas` with a level filter, e.g. `areas(where: { level: { key: { eq: \"stadtbezirk\" } } })`." },
                e.Many<SubDistrict>(x => x.MunicipalityId, "subDistricts", "The quarters (Stadtteile) of the municipality.") with { DeprecationReason = "Use `areas` with a level filter, e.g. `areas(where: { level: { key: { eq: \"stadtteil\" } } })`." },
                e.Many<Level>(x => x.MunicipalityId, "levels", "The levels the municipality is divided into, from the largest areas down (Berlin: Bezirk, Prognoseraum, Bezirksregion, Planungsraum)."),
                e.Many<Area>(x => x.MunicipalityId, "areas", "The areas of the municipality on all its levels."),
                e.Many<Programme>(x => x.MunicipalityId, "programmes", "Integration programmes and services the municipality runs or funds."),
                e.Many<Membership>(x => x.MunicipalityId, "memberships", "Networks and charters the municipality has joined."),
                e.Many<PopulationObservation>(x => x.MunicipalityId, "populationObservations", "Resident counts for the municipality and every area inside it."),
                e.Many<IndicatorObservation>(x => x.MunicipalityId, "indicatorObservations", "Indicator values for the municipality and every area inside it."),
                e.One(x => x.PopulationSourceId, "populationSource", "The publication the population figure comes from."),
                e.SourceOf(x => x.SourceId, "the key, name and type"),
            ],
            Lookups =
            [
                new("municipality", "key", ValueKind.String, [e.Sql(x => x.Ags)], "Finds a municipality by its official municipality key (AGS); null when there is none.", "The 8-digit official municipality key (AGS), e.g. \"05111000\"."),
            ],
        };
    }

    private static EntityDefinition District()
    {
        var e = new ModelBinding<District>();
        return new(
            "District",
            e.Table,
            "districts",
            "A city district (Stadtbezirk) of a municipality, e.g. Düsseldorf's Stadtbezirk 3 or Köln's Innenstadt. Districts have their own council (Bezirksvertretung).")
        {
            ListDescription = "City districts (Stadtbezirke) of all municipalities.",
            ConnectionDeprecationReason = DistrictsDeprecation,
            Columns =
            [
                e.Column(x => x.Name, "name", "Name of the district, unique within its municipality (Düsseldorf's districts are only numbered: \"Stadtbezirk 1\" … \"Stadtbezirk 10\")."),
                e.Column(x => x.Number, "number", "Official district number as the city publishes it, e.g. \"3\" in Düsseldorf or \"1\" in Köln; empty when not published."),
                e.Column(x => x.SortOrder, "sortOrder", "Position of the district in its city's official order."),
                e.Column(x => x.AreaKm2, "areaKm2", "Area in square kilometres, where published."),
                e.Column(x => x.AreaReferenceYear, "areaReferenceYear", "Year the area figure refers to."),
                e.Column(x => x.Population, "population", "Number of residents (Einwohner), the latest published figure we have."),
                e.Column(x => x.PopulationYear, "populationYear", "Year the population figure refers to."),
                e.Column(x => x.PopulationReferenceDate, "populationReferenceDate", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality the district belongs to."),
                e.One(x => x.AreaId, "area", "The same district as an area on the level \"stadtbezirk\", with its place in the hierarchy.") with { Nullable = false },
                e.Many<SubDistrict>(x => x.DistrictId, "subDistricts", "The quarters (Stadtteile) inside the district."),
                e.Linked<ProgrammeDistrict>(x => x.DistrictId, x => x.ProgrammeId, "programmes", "Programmes that name this district as one they serve. Programmes for the whole city are listed on the municipality."),
                e.Many<PopulationObservation>(x => x.DistrictId, "populationObservations", "Resident counts for the district and its quarters."),
                e.Many<IndicatorObservation>(x => x.DistrictId, "indicatorObservations", "Indicator values for the district and its quarters."),
                e.One(x => x.PopulationSourceId, "populationSource", "The publication the population figure comes from."),
                e.SourceOf(x => x.SourceId, "the district"),
            ],
        };
    }

    private static EntityDefinition SubDistrict()
    {
        var e = new ModelBinding<SubDistrict>();
        return new(
            "SubDistrict",
            e.Table,
            "subDistricts",
            "A quarter (Stadtteil) inside a city district, e.g. Flingern-Süd in Düsseldorf's Stadtbezirk 2.")
        {
            ListDescription = "Quarters (Stadtteile) inside the city districts.",
            ConnectionDeprecationReason = SubDistrictsDeprecation,
            Columns =
            [
                e.Column(x => x.Name, "name", "Name of the quarter, unique within its municipality."),
                e.Column(x => x.Number, "number", "Official quarter number as the city publishes it, e.g. \"022\" in Düsseldorf; empty when not found in a public source."),
                e.Column(x => x.SortOrder, "sortOrder", "Position in the city's official order."),
                e.Column(x => x.AreaKm2, "areaKm2", "Area in square kilometres, where published."),
                e.Column(x => x.AreaReferenceYear, "areaReferenceYear", "Year the area figure refers to."),
                e.Column(x => x.Population, "population", "Number of residents (Einwohner), the latest published figure we have."),
                e.Column(x => x.PopulationYear, "populationYear", "Year the population figure refers to."),
                e.Column(x => x.PopulationReferenceDate, "populationReferenceDate", "Exact reference date (Stichtag) of the population figure, when the source gives one."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality the quarter belongs to."),
                e.One(x => x.AreaId, "area", "The same quarter as an area on the level \"stadtteil\", with its place in the hierarchy.") with { Nullable = false },
                e.One(x => x.DistrictId, "district", "The district (Stadtbezirk) the quarter lies in."),
                e.Many<PopulationObservation>(x => x.SubDistrictId, "populationObservations", "Resident counts for the quarter."),
                e.Many<IndicatorObservation>(x => x.SubDistrictId, "indicatorObservations", "Indicator values for the quarter."),
                e.One(x => x.PopulationSourceId, "populationSource", "The publication the population figure comes from."),
                e.SourceOf(x => x.SourceId, "the quarter"),
            ],
        };
    }
}

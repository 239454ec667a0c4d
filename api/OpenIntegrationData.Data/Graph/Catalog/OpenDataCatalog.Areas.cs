using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Observations;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>
/// Areas as a hierarchy: each municipality's named levels (Stadtbezirk, Bezirksregion, Planungsraum …) and the
/// areas on them, with parent, children, ancestors and the areas of an older or newer division they overlap;
/// and the measures that say what a figure counts.
/// </summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Level()
    {
        var e = new ModelBinding<Level>();
        return new(
            "Level",
            e.Table,
            "levels",
            "A named level of areas in one municipality (Gebietsebene): Köln's Stadtbezirke and Stadtteile; Berlin's Bezirke, Bezirksregionen and Planungsräume, once for the LOR of 2006 and once for the LOR of 2021. Areas of one level do not overlap, so their figures can be added up; areas of different levels can overlap.")
        {
            ListDescription = "The levels of areas of every municipality, from the largest areas down.",
            Columns =
            [
                e.Column(x => x.Key, "key", "Stable short name, unique per municipality, e.g. \"stadtbezirk\" or \"stadtteil\"."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Name of the level, e.g. \"Stadtbezirk\" / \"City district\"."),
                e.Column(x => x.Depth, "depth", "How far below the municipality the level lies: 1 directly below it, 2 below a level of depth 1, and so on."),
                e.Column(x => x.ValidFrom, "validFrom", "First day the level's division was in force, when it has a start (Berlin's LOR 2021: 2021-01-01)."),
                e.Column(x => x.ValidUntil, "validUntil", "Last day the level's division was in force, when it has ended (Berlin's LOR 2006: 2020-12-31)."),
                e.Localized(x => x.DescriptionDe, x => x.DescriptionEn, "description", "What the level is."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality whose areas the level divides."),
                e.Many<Area>(x => x.LevelId, "areas", "The areas on this level."),
                e.SourceOf(x => x.SourceId, "the level"),
            ],
        };
    }

    private static EntityDefinition Area()
    {
        var e = new ModelBinding<Area>();
        return new(
            "Area",
            e.Table,
            "areas",
            "An area of a municipality on one of its levels (a Stadtbezirk, a Stadtteil, a Berlin Planungsraum), with its official code, the area it lies in and the time its division was in force. Figures attach to any area.")
        {
            ListDescription = "Areas of all municipalities on all their levels. Filter by `level` to list one level: `where: { level: { key: { eq: \"stadtteil\" } } }`.",
            Outline = e.Outline(x => x.Boundary),
            Columns =
            [
                e.Column(x => x.Code, "code", "Official code as the city publishes it, with leading zeros, e.g. \"101\" (Köln's Altstadt/Süd); the name where no code is published."),
                e.Column(x => x.Name, "name", "Name of the area, where known."),
                e.Column(x => x.ValidFrom, "validFrom", "First day the area existed in this form, when known."),
                e.Column(x => x.ValidUntil, "validUntil", "Last day the area existed in this form, when it has ended."),
                e.Column(x => x.SortOrder, "sortOrder", "Position in the city's official order, where there is one."),
                e.Column(x => x.AreaKm2, "areaKm2", "Area in square kilometres, where published."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality the area belongs to."),
                e.One(x => x.LevelId, "level", "The level the area is on."),
                e.One(x => x.ParentId, "parent", "The area this one lies in; null when it lies directly in the municipality."),
                e.Many<Area>(x => x.ParentId, "children", "The areas directly inside this one."),
                e.Linked<AreaAncestor>(x => x.AreaId, x => x.AncestorId, "ancestors", "Every area this one lies in, up to the level below the municipality."),
                e.Linked<AreaAncestor>(x => x.AncestorId, x => x.AreaId, "descendants", "Every area inside this one, on all levels below it."),
                e.Linked<AreaMatch>(x => x.OldAreaId, x => x.NewAreaId, "successors", "Areas of the newer division that overlap this one (Berlin: LOR 2021 areas overlapping an LOR 2006 area)."),
                e.Linked<AreaMatch>(x => x.NewAreaId, x => x.OldAreaId, "predecessors", "Areas of the older division that overlap this one (Berlin: LOR 2006 areas overlapping an LOR 2021 area)."),
                e.Many<PopulationObservation>(x => x.AreaId, "populationObservations", "Resident counts for exactly this area."),
                e.Many<IndicatorObservation>(x => x.AreaId, "indicatorObservations", "Indicator values for exactly this area."),
                e.SourceOf(x => x.SourceId, "the area"),
            ],
        };
    }

    private static EntityDefinition Measure()
    {
        var e = new ModelBinding<Measure>();
        return new(
            "Measure",
            e.Table,
            "measures",
            "What a figure counts and how: residents registered on a reference date, the annual mean population, foreigners in the foreigners' register (Ausländerzentralregister), residents with a migration background by origin. Figures of different measures are never added up.")
        {
            ListDescription = "The measures resident figures are published in.",
            Columns =
            [
                e.Column(x => x.Key, "key", "Stable short name, e.g. \"residents\"."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Name of the measure, e.g. \"Einwohner am Stichtag\" / \"Residents on the reference date\"."),
                e.Localized(x => x.DescriptionDe, x => x.DescriptionEn, "description", "What is counted, by whom and how, in plain words."),
                e.Localized(x => x.UnitDe, x => x.UnitEn, "unit", "Unit of the figures, e.g. \"Personen\" / \"persons\"."),
                e.Enum(x => x.Kind, "kind", "MeasureKind", "Whether the figures count people on a reference date or are a mean over the period."),
            ],
            Relations =
            [
                e.Many<PopulationObservation>(x => x.MeasureId, "populationObservations", "Resident figures in this measure."),
                e.One(x => x.SourceId, "source", "The publication that defines the measure, where one does."),
            ],
        };
    }

    private const string DistrictsDeprecation =
        "Use `areas` with a level filter, e.g. `areas(where: { level: { key: { eq: \"stadtbezirk\" } } })`; every district is an area on the level \"stadtbezirk\" (`District.area`).";

    private const string SubDistrictsDeprecation =
        "Use `areas` with a level filter, e.g. `areas(where: { level: { key: { eq: \"stadtteil\" } } })`; every quarter is an area on the level \"stadtteil\" (`SubDistrict.area`).";
}

using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Observations: resident counts and indicator values for a municipality, district or sub-district.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition PopulationObservation()
    {
        var e = new ModelBinding<PopulationObservation>();
        return new(
            "PopulationObservation",
            e.Table,
            "populationObservations",
            "How many residents of an area belong to a group in a year: all residents, residents of one nationality, of a group of nationalities (e.g. \"Europäische Union\") or of a migration category; optionally split by sex or age group. An empty dimension means \"all\": no nationality and no group means every nationality, no sex means both sexes. Add up only figures whose dimensions do not overlap.")
        {
            ListDescription = "Resident counts per area, year and group (nationality, group of nationalities, migration category, sex, age). Add up only figures whose dimensions do not overlap; `populationTotals` does the sums for you.",
            Columns =
            [
                e.Enum(x => x.AreaLevel, "areaLevel", "AreaLevel", "Which kind of area the figure is for: the whole municipality, a district or a quarter."),
                e.Enum(x => x.MigrationCategory, "migrationCategory", "MigrationCategory", "Which migration category is counted; ALL when the figure counts everyone (of the nationality or group)."),
                e.Enum(x => x.Sex, "sex", "Sex", "FEMALE or MALE when the figure is for one sex; empty for both."),
                e.Column(x => x.AgeGroup, "ageGroup", "Age group in years, written `from-to` or `from+`, when the figure is for one; empty for all ages."),
                e.Column(x => x.Year, "year", "Year the figure refers to."),
                e.Column(x => x.ReferenceDate, "referenceDate", "Exact reference date (Stichtag), when the source gives one."),
                e.Enum(x => x.Period, "period", "ReferencePeriod", "The period the figure belongs to: a year or a half-year."),
                e.Column(x => x.Persons, "persons", "Number of residents (Einwohner); for a mean, rounded to whole persons (see `value`)."),
                e.Column(x => x.Value, "value", "The figure exactly as published, in the unit of its measure; a mean over the year can have decimals."),
                e.IsIllustrative(x => x.IsIllustrative, "figure"),
                e.LicenceOfSource(x => x.SourceId),
                e.Column(x => x.Note, "note", "Remarks on the figure."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality of the area (always set)."),
                e.One(x => x.DistrictId, "district", "The district (Stadtbezirk), for district and quarter figures.") with { DeprecationReason = "Use `area`: a district's figures are figures of its area on the level \"stadtbezirk\"." },
                e.One(x => x.SubDistrictId, "subDistrict", "The quarter (Stadtteil), for quarter figures.") with { DeprecationReason = "Use `area`: a quarter's figures are figures of its area on the level \"stadtteil\"." },
                e.One(x => x.AreaId, "area", "The area the figure is for, on any level; null for the whole municipality."),
                e.One(x => x.MeasureId, "measure", "What the figure counts: residents on the reference date, the annual mean population, … Never add up figures of different measures."),
                e.One(x => x.NationalityId, "nationality", "The nationality counted, when the figure is for a single country; also when the source reports it as a group of one country (Köln's group \"Türkei\" counts nationals of TR)."),
                e.One(x => x.NationalityGroupId, "nationalityGroup", "The group of nationalities counted, when the figure is for a group."),
                e.SourceOf(x => x.SourceId, "the figure"),
            ],
            Totals = new(
                "populationTotals",
                "PopulationTotal",
                "persons",
                ValueKind.Long,
                ["year", "areaLevel", "migrationCategory", "sex", "ageGroup", "isIllustrative", "municipality", "district", "subDistrict", "nationality", "nationalityGroup", "source", "referenceDate", "period", "area", "measure"],
                "Resident counts added up per group, without writing code: filter the figures with `where` (the same filter as `populationObservations`), name the dimensions in `groupBy`, and get count, sum, min, max and average of `persons` per group; `order: [{ sum: DESC }]` with `first: 3` gives the three largest groups. A group whose figures overlap (a city and its districts, a group of nationalities and its members, two measures, two reference dates, a breakdown and its total) is refused with an error (code OID0002) that names the dimension and how to narrow the filter, so a sum never counts anyone twice.")
            {
                Overlaps = PopulationOverlaps,
            },
        };
    }

    /// <summary>How resident figures can contain each other. Each condition is true when a group mixes such figures.</summary>
    private static readonly OverlapRule[] PopulationOverlaps =
    [
        new("MEASURE",
            "count(distinct {t}.measure_id) > 1",
            "figures of different measures (e.g. register counts and annual means) are different things",
            "filter one measure, e.g. `measure: { key: { eq: \"residents\" } }`, or group by MEASURE"),
        new("REFERENCE_DATE",
            "count(distinct ({t}.year, {t}.reference_date)) > 1",
            "figures of different reference dates count the same residents again",
            "filter one date, e.g. `year: { eq: 2024 }` and `referenceDate: { eq: \"2024-12-31\" }`, or group by REFERENCE_DATE (YEAR suffices only where a year has one date; Berlin has two)"),
        new("AREA",
            "count(distinct ({t}.municipality_id, coalesce((select a.level_id from area a where a.id = {t}.area_id), 0))) > count(distinct {t}.municipality_id)",
            "figures of a municipality and of areas inside it, or of areas on different levels, count the same residents again",
            "filter one level, e.g. `area: { level: { key: { eq: \"bezirk\" } } }`, `areaLevel: { eq: MUNICIPALITY }` or `area: { id: { eq: null } }`, or group by AREA_LEVEL or AREA"),
        new("NATIONALITY",
            "count(distinct coalesce('n' || {t}.nationality_id, 'g' || {t}.nationality_group_id, 'all')) > 1 and bool_or({t}.nationality_id is null)",
            "a group of nationalities (or all residents) and its members, or groups that contain each other (Berlin's origin groups), count the same residents again",
            "filter all nationalities together (`nationality: { id: { eq: null } }` and `nationalityGroup: { id: { eq: null } }`), one group (`nationalityGroup: { key: { eq: \"foreign\" } }`) or single countries only (`nationality: { id: { neq: null } }`), or group by NATIONALITY_GROUP or NATIONALITY"),
        new("MIGRATION_CATEGORY",
            "count(distinct {t}.migration_category) > 1",
            "migration categories contain each other (ALL contains everyone with a migration background)",
            "filter one category, e.g. `migrationCategory: { eq: ALL }`, or group by MIGRATION_CATEGORY"),
        new("SEX",
            "count(distinct coalesce({t}.sex, '')) > 1 and bool_or({t}.sex is null)",
            "figures for both sexes together and for one sex count the same residents again",
            "filter `sex: { eq: null }` for both sexes together, or `sex: { neq: null }` to add women and men, or group by SEX"),
        new("AGE_GROUP",
            "count(distinct coalesce({t}.age_group, '')) > 1 and bool_or({t}.age_group is null)",
            "figures for all ages and for one age group count the same residents again",
            "filter `ageGroup: { eq: null }` for all ages, or `ageGroup: { neq: null }` to add the age groups, or group by AGE_GROUP"),
    ];

    private static EntityDefinition IndicatorObservation()
    {
        var e = new ModelBinding<IndicatorObservation>();
        return new(
            "IndicatorObservation",
            e.Table,
            "indicatorObservations",
            "A value of an indicator for an area (municipality, district or quarter) and a year, with its unit, status and source.")
        {
            ListDescription = "Indicator values per area and year, with unit, status and source. `indicatorTotals` summarises them.",
            Columns =
            [
                e.Enum(x => x.AreaLevel, "areaLevel", "AreaLevel", "Which kind of area the value is for: the whole municipality, a district or a quarter."),
                e.Column(x => x.Year, "year", "Year (period) the value refers to."),
                e.Column(x => x.ReferenceDate, "referenceDate", "Exact reference date (Stichtag), when the source gives one."),
                e.Column(x => x.Value, "value", "The value as published, in the unit given."),
                e.Column(x => x.Unit, "unit", "Unit of the value, e.g. \"%\" or \"je 1.000 Einwohner\" (per 1,000 residents)."),
                e.Column(x => x.Disaggregation, "disaggregation", "Which part of the population the value is for, written `dimension=value`; empty for the whole population."),
                e.Enum(x => x.Status, "status", "ObservationStatus", "Whether the value is published, provisional, estimated or illustrative."),
                e.IsIllustrative(x => x.IsIllustrative, "value"),
                e.LicenceOfSource(x => x.SourceId),
                e.Column(x => x.Note, "note", "Remarks on the value, e.g. the spatial reference the statistics office used."),
            ],
            Relations =
            [
                e.One(x => x.IndicatorId, "indicator", "The indicator measured."),
                e.One(x => x.MunicipalityId, "municipality", "The municipality of the area (always set)."),
                e.One(x => x.DistrictId, "district", "The district (Stadtbezirk), for district and quarter values.") with { DeprecationReason = "Use `area`: a district's values are values of its area on the level \"stadtbezirk\"." },
                e.One(x => x.SubDistrictId, "subDistrict", "The quarter (Stadtteil), for quarter values.") with { DeprecationReason = "Use `area`: a quarter's values are values of its area on the level \"stadtteil\"." },
                e.One(x => x.AreaId, "area", "The area the value is for, on any level; null for the whole municipality."),
                e.SourceOf(x => x.SourceId, "the value"),
            ],
            Totals = new(
                "indicatorTotals",
                "IndicatorTotal",
                "value",
                ValueKind.Decimal,
                ["year", "areaLevel", "unit", "disaggregation", "status", "isIllustrative", "indicator", "municipality", "district", "subDistrict", "source", "area"],
                "Indicator values summarised per group: filter with `where` (the same filter as `indicatorObservations`), name the dimensions in `groupBy`, and get count, sum, min, max and average of `value` per group; `order` and `first` pick the largest or smallest groups. A group that mixes indicators or units is refused with an error (code OID0002): filter one indicator or group by INDICATOR.")
            {
                Overlaps =
                [
                    new("INDICATOR",
                        "count(distinct {t}.indicator_id) > 1 or count(distinct {t}.unit) > 1",
                        "values of different indicators or units are different things",
                        "filter one indicator, e.g. `indicator: { code: { eq: \"inkar:a_GSa\" } }`, or group by INDICATOR"),
                ],
            },
        };
    }
}

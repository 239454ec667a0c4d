using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Nationalities (countries of citizenship) and the groups of nationalities statistics report.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Nationality()
    {
        var e = new ModelBinding<Nationality>();
        return new(
            "Nationality",
            e.Table,
            "nationalities",
            "A country or territory of ISO 3166-1, seen as the nationality (Staatsangehörigkeit) of residents.")
        {
            ListDescription = "Nationalities (countries of ISO 3166-1) that residents can have.",
            Columns =
            [
                e.Column(x => x.Alpha2, "alpha2", "ISO 3166-1 alpha-2 code, e.g. \"TR\"."),
                e.Column(x => x.Alpha3, "alpha3", "ISO 3166-1 alpha-3 code, e.g. \"TUR\"."),
                e.Column(x => x.NumericCode, "numericCode", "ISO 3166-1 numeric code, three digits with leading zeros, e.g. \"792\"."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Short name of the country, e.g. \"Türkei\" / \"Türkiye\"."),
                e.Localized(x => x.OfficialNameDe, x => x.OfficialNameEn, "officialName", "Official long name, where ISO gives one."),
                e.Localized(x => x.CommonNameDe, x => x.CommonNameEn, "commonName", "Commonly used name, where it differs from the short name."),
                e.Column(x => x.IsEuMember, "isEuMember", "True for the 27 member states of the European Union (as of 1 February 2020)."),
                e.Localized(x => x.RegionDe, x => x.RegionEn, "region", "Continent group of the Federal Statistical Office (Destatis), e.g. \"Europa\" / \"Europe\"; empty for territories without a Destatis code."),
                e.Column(x => x.DestatisCode, "destatisCode", "Three-digit nationality code of the Federal Statistical Office (Destatis), where one exists."),
            ],
            Relations =
            [
                e.Many<PopulationObservation>(x => x.NationalityId, "residents", "Resident counts of people with this nationality, per area and year."),
                e.Many<NationalityGroup>(x => x.NationalityId, "nationalityGroups", "Statistical groups that consist of exactly this country (e.g. the group \"Türkei\" of a city's statistics)."),
                e.SourceOf(x => x.SourceId, "the codes and names"),
            ],
            Lookups =
            [
                new("nationality", "isoCode", ValueKind.String, [e.Sql(x => x.Alpha2), e.Sql(x => x.Alpha3), e.Sql(x => x.NumericCode)], "Finds a nationality by an ISO 3166-1 code; null when there is none.", "An ISO 3166-1 alpha-2 (\"TR\"), alpha-3 (\"TUR\") or numeric (\"792\") code."),
            ],
        };
    }

    private static EntityDefinition NationalityGroup()
    {
        var e = new ModelBinding<NationalityGroup>();
        return new(
            "NationalityGroup",
            e.Table,
            "nationalityGroups",
            "A group of nationalities as a statistics office reports it, e.g. \"Europäische Union\", \"Afrika\" or all foreign nationals. Groups are not countries; their exact membership is as the publishing office defined it at the time.")
        {
            ListDescription = "Groups of nationalities as statistics offices report them, e.g. the EU or \"Afrika\".",
            Columns =
            [
                e.Column(x => x.Key, "key", "Stable short name, e.g. \"eu\"."),
                e.Enum(x => x.Kind, "kind", "NationalityGroupKind", "What kind of group it is."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Name as published, e.g. \"Europäische Union\"."),
                e.Localized(x => x.DescriptionDe, x => x.DescriptionEn, "description", "What the group contains."),
                e.Column(x => x.DestatisCode, "destatisCode", "Destatis nationality code, for groups that are a statistical code without an ISO country (e.g. \"997\" for stateless residents)."),
            ],
            Relations =
            [
                e.One(x => x.NationalityId, "nationality", "The one country of a single-country group."),
                e.Many<PopulationObservation>(x => x.NationalityGroupId, "residents", "Resident counts of people in this group, per area and year."),
                e.SourceOf(x => x.SourceId, "the group definition"),
            ],
        };
    }
}

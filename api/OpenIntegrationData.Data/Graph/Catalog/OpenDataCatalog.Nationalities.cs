namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Nationalities (countries of citizenship) and the groups of nationalities statistics report.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Nationality() => new(
        "Nationality",
        "nationality",
        "nationalities",
        "A country or territory of ISO 3166-1, seen as the nationality (Staatsangehörigkeit) of residents.")
    {
        ListDescription = "Nationalities (countries of ISO 3166-1) that residents can have.",
        Columns =
        [
            Text("alpha2", "{t}.alpha2::text", false, "ISO 3166-1 alpha-2 code, e.g. \"TR\"."),
            Text("alpha3", "{t}.alpha3::text", false, "ISO 3166-1 alpha-3 code, e.g. \"TUR\"."),
            Text("numericCode", "{t}.numeric_code::text", false, "ISO 3166-1 numeric code, three digits with leading zeros, e.g. \"792\"."),
            Localized("name", "name", false, "Short name of the country, e.g. \"Türkei\" / \"Türkiye\"."),
            Localized("officialName", "official_name", true, "Official long name, where ISO gives one."),
            Localized("commonName", "common_name", true, "Commonly used name, where it differs from the short name."),
            Flag("isEuMember", "is_eu_member", "True for the 27 member states of the European Union (as of 1 February 2020)."),
            Localized("region", "region", true, "Continent group of the Federal Statistical Office (Destatis), e.g. \"Europa\" / \"Europe\"; empty for territories without a Destatis code."),
            Text("destatisCode", "{t}.destatis_code::text", true, "Three-digit nationality code of the Federal Statistical Office (Destatis), where one exists."),
        ],
        Relations =
        [
            Many("residents", "PopulationObservation", "nationality_id", "Resident counts of people with this nationality, per area and year."),
            Many("nationalityGroups", "NationalityGroup", "nationality_id", "Statistical groups that consist of exactly this country (e.g. the group \"Türkei\" of a city's statistics)."),
            SourceOf("the codes and names"),
        ],
        Lookups =
        [
            new("nationality", "isoCode", ValueKind.String, ["{t}.alpha2::text", "{t}.alpha3::text", "{t}.numeric_code::text"], "Finds a nationality by an ISO 3166-1 code; null when there is none.", "An ISO 3166-1 alpha-2 (\"TR\"), alpha-3 (\"TUR\") or numeric (\"792\") code."),
        ],
    };

    private static EntityDefinition NationalityGroup() => new(
        "NationalityGroup",
        "nationality_group",
        "nationalityGroups",
        "A group of nationalities as a statistics office reports it, e.g. \"Europäische Union\", \"Afrika\" or all foreign nationals. Groups are not countries; their exact membership is as the publishing office defined it at the time.")
    {
        ListDescription = "Groups of nationalities as statistics offices report them, e.g. the EU or \"Afrika\".",
        Columns =
        [
            Text("key", "key", false, "Stable short name, e.g. \"eu\"."),
            Enum("kind", "kind", "NationalityGroupKind", false, "What kind of group it is."),
            Localized("name", "name", false, "Name as published, e.g. \"Europäische Union\"."),
            Localized("description", "description", true, "What the group contains."),
            Text("destatisCode", "{t}.destatis_code::text", true, "Destatis nationality code, for groups that are a statistical code without an ISO country (e.g. \"997\" for stateless residents)."),
        ],
        Relations =
        [
            One("nationality", "Nationality", "nationality_id", true, "The one country of a single-country group."),
            Many("residents", "PopulationObservation", "nationality_group_id", "Resident counts of people in this group, per area and year."),
            SourceOf("the group definition"),
        ],
    };
}

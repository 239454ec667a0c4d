namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Integration programmes, the city networks and charters, and memberships in them.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Programme() => new(
        "Programme",
        "programme",
        "programmes",
        "An integration measure or service (Integrationsangebot) that a municipality runs or funds: counselling, language courses, WelcomePoints, health, housing, participation, anti-discrimination, international partnership, and the offices and strategies behind them.")
    {
        ListDescription = "Integration programmes and services of the municipalities.",
        Columns =
        [
            Text("key", "key", false, "Stable short name, e.g. \"duesseldorf-welcome-point-3\"."),
            Localized("name", "name", false, "Name of the programme."),
            Localized("description", "description", true, "What the programme does."),
            Text("provider", "provider", false, "Who provides it (city office, welfare association, …)."),
            Enum("category", "category", "ProgrammeCategory", false, "Kind of measure."),
            Enum("status", "status", "ProgrammeStatus", false, "Whether the programme is planned, active or closed."),
            Date("startDate", "start_date", "Day the programme started or was adopted, when known."),
            Date("endDate", "end_date", "Day the programme ended, when it has ended."),
            Text("url", "url", true, "Web page of the programme."),
        ],
        Relations =
        [
            One("municipality", "Municipality", "municipality_id", false, "The municipality that runs or funds the programme."),
            Linked("districts", "District", "programme_district", "programme_id", "district_id", "Districts (Stadtbezirke) the programme serves; empty when it serves the whole municipality."),
            Linked("sdgGoals", "SdgGoal", "programme_sdg_goal", "programme_id", "goal_id", "SDG goals the programme contributes to, as tagged by the city or assigned by the project by topic."),
            Linked("sdgTargets", "SdgTarget", "programme_sdg_target", "programme_id", "target_id", "SDG targets the programme contributes to."),
            SourceOf("the facts about the programme"),
        ],
        ValueLists =
        [
            new("languages", "programme_language", "programme_id", "language_code", ValueKind.String, "Languages the programme is offered in, as ISO 639-1 codes (ISO 639-3 where there is no two-letter code); empty when the source names none."),
            new("targetGroups", "programme_target_group", "programme_id", "target_group", ValueKind.Enum, "Groups of people the programme is meant for (Zielgruppen).") { EnumName = "ProgrammeTargetGroup" },
        ],
        Lookups =
        [
            new("programme", "key", ValueKind.String, ["key"], "Finds a programme by its stable short name; null when there is none.", "The programme's key, e.g. \"duesseldorf-welcome-point-3\"."),
        ],
    };

    private static EntityDefinition Network() => new(
        "Network",
        "network",
        "networks",
        "A network, charter or campaign that municipalities join, e.g. Eurocities, the Integrating Cities Charter or Fairtrade Towns.")
    {
        ListDescription = "City networks, charters and campaigns municipalities join.",
        Columns =
        [
            Text("key", "key", false, "Stable short name, e.g. \"eurocities\"."),
            Localized("name", "name", false, "Name of the network."),
            Localized("description", "description", true, "What the network does."),
            Enum("kind", "kind", "NetworkKind", false, "Whether it is a city network, a charter, a campaign or an association."),
            Enum("scope", "scope", "NetworkScope", false, "Where its members come from."),
            Int("foundedYear", "founded_year", true, "Year the network was founded or the charter launched."),
            Text("url", "url", true, "Web page of the network."),
        ],
        Relations =
        [
            Many("memberships", "Membership", "network_id", "Municipalities that joined, with the year they joined."),
            SourceOf("the facts about the network"),
        ],
        Lookups =
        [
            new("network", "key", ValueKind.String, ["key"], "Finds a network by its stable short name; null when there is none.", "The network's key, e.g. \"eurocities\"."),
        ],
    };

    private static EntityDefinition Membership() => new(
        "Membership",
        "membership",
        "memberships",
        "That a municipality belongs to a network, signed a charter or holds a campaign title, and since when.")
    {
        ListDescription = "Which municipality joined which network, and when.",
        Columns =
        [
            Enum("role", "role", "MembershipRole", false, "How the municipality takes part."),
            Int("joinedYear", "joined_year", true, "Year the municipality joined, when known."),
            Date("joinedOn", "joined_on", "Exact day the municipality joined, when known."),
            Date("leftOn", "left_on", "Day the municipality left, when it has left."),
            Text("note", "note", true, "Remarks on the membership."),
        ],
        Relations =
        [
            One("municipality", "Municipality", "municipality_id", false, "The municipality."),
            One("network", "Network", "network_id", false, "The network, charter or campaign."),
            SourceOf("the membership fact"),
        ],
    };
}

using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>Integration programmes, the city networks and charters, and memberships in them.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition Programme()
    {
        var e = new ModelBinding<Programme>();
        return new(
            "Programme",
            e.Table,
            "programmes",
            "An integration measure or service (Integrationsangebot) that a municipality runs or funds: counselling, language courses, WelcomePoints, health, housing, participation, anti-discrimination, international partnership, and the offices and strategies behind them.")
        {
            ListDescription = "Integration programmes and services of the municipalities.",
            Columns =
            [
                e.Column(x => x.Key, "key", "Stable short name, e.g. \"duesseldorf-welcome-point-3\"."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Name of the programme."),
                e.Localized(x => x.DescriptionDe, x => x.DescriptionEn, "description", "What the programme does."),
                e.Column(x => x.Provider, "provider", "Who provides it (city office, welfare association, …)."),
                e.Enum(x => x.Category, "category", "ProgrammeCategory", "Kind of measure."),
                e.Enum(x => x.Status, "status", "ProgrammeStatus", "Whether the programme is planned, active or closed."),
                e.Column(x => x.StartDate, "startDate", "Day the programme started or was adopted, when known."),
                e.Column(x => x.EndDate, "endDate", "Day the programme ended, when it has ended."),
                e.Column(x => x.Url, "url", "Web page of the programme."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality that runs or funds the programme."),
                e.Linked<ProgrammeDistrict>(x => x.ProgrammeId, x => x.DistrictId, "districts", "Districts (Stadtbezirke) the programme serves; empty when it serves the whole municipality."),
                e.Linked<ProgrammeSdgGoal>(x => x.ProgrammeId, x => x.GoalId, "sdgGoals", "SDG goals the programme contributes to, as tagged by the city or assigned by the project by topic."),
                e.Linked<ProgrammeSdgTarget>(x => x.ProgrammeId, x => x.TargetId, "sdgTargets", "SDG targets the programme contributes to."),
                e.SourceOf(x => x.SourceId, "the facts about the programme"),
            ],
            ValueLists =
            [
                e.ValueList<ProgrammeLanguage>(x => x.ProgrammeId, x => x.LanguageCode, "languages", ValueKind.String, "Languages the programme is offered in, as ISO 639-1 codes (ISO 639-3 where there is no two-letter code); empty when the source names none."),
                e.ValueList<ProgrammeTargetGroup>(x => x.ProgrammeId, x => x.TargetGroup, "targetGroups", ValueKind.Enum, "Groups of people the programme is meant for (Zielgruppen).") with { EnumName = "ProgrammeTargetGroup" },
            ],
            Lookups =
            [
                new("programme", "key", ValueKind.String, [e.Sql(x => x.Key)], "Finds a programme by its stable short name; null when there is none.", "The programme's key, e.g. \"duesseldorf-welcome-point-3\"."),
            ],
        };
    }

    private static EntityDefinition Network()
    {
        var e = new ModelBinding<Network>();
        return new(
            "Network",
            e.Table,
            "networks",
            "A network, charter or campaign that municipalities join, e.g. Eurocities, the Integrating Cities Charter or Fairtrade Towns.")
        {
            ListDescription = "City networks, charters and campaigns municipalities join.",
            Columns =
            [
                e.Column(x => x.Key, "key", "Stable short name, e.g. \"eurocities\"."),
                e.Localized(x => x.NameDe, x => x.NameEn, "name", "Name of the network."),
                e.Localized(x => x.DescriptionDe, x => x.DescriptionEn, "description", "What the network does."),
                e.Enum(x => x.Kind, "kind", "NetworkKind", "Whether it is a city network, a charter, a campaign or an association."),
                e.Enum(x => x.Scope, "scope", "NetworkScope", "Where its members come from."),
                e.Column(x => x.FoundedYear, "foundedYear", "Year the network was founded or the charter launched."),
                e.Column(x => x.Url, "url", "Web page of the network."),
            ],
            Relations =
            [
                e.Many<Membership>(x => x.NetworkId, "memberships", "Municipalities that joined, with the year they joined."),
                e.SourceOf(x => x.SourceId, "the facts about the network"),
            ],
            Lookups =
            [
                new("network", "key", ValueKind.String, [e.Sql(x => x.Key)], "Finds a network by its stable short name; null when there is none.", "The network's key, e.g. \"eurocities\"."),
            ],
        };
    }

    private static EntityDefinition Membership()
    {
        var e = new ModelBinding<Membership>();
        return new(
            "Membership",
            e.Table,
            "memberships",
            "That a municipality belongs to a network, signed a charter or holds a campaign title, and since when.")
        {
            ListDescription = "Which municipality joined which network, and when.",
            Columns =
            [
                e.Enum(x => x.Role, "role", "MembershipRole", "How the municipality takes part."),
                e.Column(x => x.JoinedYear, "joinedYear", "Year the municipality joined, when known."),
                e.Column(x => x.JoinedOn, "joinedOn", "Exact day the municipality joined, when known."),
                e.Column(x => x.LeftOn, "leftOn", "Day the municipality left, when it has left."),
                e.Column(x => x.Note, "note", "Remarks on the membership."),
            ],
            Relations =
            [
                e.One(x => x.MunicipalityId, "municipality", "The municipality."),
                e.One(x => x.NetworkId, "network", "The network, charter or campaign."),
                e.SourceOf(x => x.SourceId, "the membership fact"),
            ],
        };
    }
}

using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>The UN Sustainable Development Goals framework: goals, targets and indicators.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition SdgGoal()
    {
        var e = new ModelBinding<SdgGoal>();
        return new(
            "SdgGoal",
            e.Table,
            "sdgGoals",
            "One of the 17 UN Sustainable Development Goals (SDGs, Nachhaltigkeitsziele) of the 2030 Agenda, e.g. goal 10 \"Reduced inequalities\".")
        {
            ListDescription = "The 17 UN Sustainable Development Goals (Nachhaltigkeitsziele).",
            Columns =
            [
                e.Column(x => x.Number, "number", "Goal number, 1 to 17."),
                e.Localized(x => x.TitleDe, x => x.TitleEn, "title", "Full goal title."),
                e.Localized(x => x.ShortTitleDe, x => x.ShortTitleEn, "shortTitle", "Short goal name, e.g. \"Keine Armut\" / \"No poverty\"."),
                e.Column(x => x.ColourHex, "colourHex", "The goal's colour in the UN SDG palette, as #RRGGBB."),
            ],
            Relations =
            [
                e.Many<SdgTarget>(x => x.GoalId, "targets", "The targets of this goal."),
                e.Many<SdgIndicator>(x => x.GoalId, "indicators", "Indicators that measure this goal (municipal indicators sit directly under a goal)."),
                e.Linked<ProgrammeSdgGoal>(x => x.GoalId, x => x.ProgrammeId, "programmes", "Programmes that contribute to this goal."),
                e.SourceOf(x => x.SourceId, "the titles"),
            ],
            Lookups =
            [
                new("sdgGoal", "number", ValueKind.Int, [e.Sql(x => x.Number)], "Finds an SDG goal by its number (1 to 17); null when there is none.", "The goal number, 1 to 17."),
            ],
        };
    }

    private static EntityDefinition SdgTarget()
    {
        var e = new ModelBinding<SdgTarget>();
        return new(
            "SdgTarget",
            e.Table,
            "sdgTargets",
            "A target of an SDG goal (169 in all), e.g. 10.7 \"Facilitate orderly, safe, regular and responsible migration\".")
        {
            ListDescription = "The 169 targets of the SDGs.",
            Columns =
            [
                e.Column(x => x.Code, "code", "Target code: goal number, dot, target number or letter, e.g. \"10.7\" or \"16.b\"."),
                e.Column(x => x.SortOrder, "sortOrder", "Position in the official list; sorting by it puts 1.2 before 1.10 and numbered targets before lettered ones."),
                e.Localized(x => x.TitleDe, x => x.TitleEn, "title", "Target text."),
            ],
            Relations =
            [
                e.One(x => x.GoalId, "goal", "The goal this target belongs to."),
                e.Many<SdgIndicator>(x => x.TargetId, "indicators", "UN global indicators that measure this target."),
                e.Linked<ProgrammeSdgTarget>(x => x.TargetId, x => x.ProgrammeId, "programmes", "Programmes that contribute to this target."),
                e.SourceOf(x => x.SourceId, "the texts"),
            ],
            Lookups =
            [
                new("sdgTarget", "code", ValueKind.String, [e.Sql(x => x.Code)], "Finds an SDG target by its code; null when there is none.", "The target code, e.g. \"10.7\"."),
            ],
        };
    }

    private static EntityDefinition SdgIndicator()
    {
        var e = new ModelBinding<SdgIndicator>();
        return new(
            "SdgIndicator",
            e.Table,
            "sdgIndicators",
            "An indicator that measures progress on the SDGs: a UN global indicator (e.g. 10.7.2), a German municipal SDG indicator (SDG-Indikatoren für Kommunen, e.g. child poverty), or a related context statistic.")
        {
            ListDescription = "SDG indicators: the UN global list, the German municipal set and related context statistics.",
            Columns =
            [
                e.Column(x => x.Code, "code", "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"), \"inkar:<variable>\" for municipal ones, \"inkar:<table>/<variable>\" for context statistics, \"statistik-nord:stadtteilprofile/<key>\" for those of Hamburg's Stadtteil profiles."),
                e.Enum(x => x.Kind, "kind", "IndicatorKind", "Which list the indicator comes from."),
                e.Column(x => x.SortOrder, "sortOrder", "Position in the list it comes from; sorting by it puts 1.1.1 before 1.10.1."),
                e.Localized(x => x.TitleDe, x => x.TitleEn, "title", "Indicator title (the UN list text for global indicators)."),
                e.Localized(x => x.ShortTitleDe, x => x.ShortTitleEn, "shortTitle", "Short name, for municipal and context indicators."),
                e.Localized(x => x.DefinitionDe, x => x.DefinitionEn, "definition", "What the indicator measures, as the statistics office defines it."),
                e.Localized(x => x.UnitDe, x => x.UnitEn, "unit", "Unit of the values, e.g. \"je 1.000 Einwohner\" (per 1,000 residents) or \"%\"."),
                e.GermanOnly(x => x.FormulaDe, "formula", "How the value is calculated (German only)."),
                e.GermanOnly(x => x.DataBasisDe, "dataBasis", "Statistics the value is calculated from (German only)."),
                e.Column(x => x.Tier, "tier", "UN tier classification: I (method and data exist), II (method but little data), III (no agreed method), as of 30 Nov 2022."),
                e.Column(x => x.CustodianAgencies, "custodianAgencies", "UN agencies responsible for the global indicator."),
                e.Column(x => x.PartnerAgencies, "partnerAgencies", "Partner agencies of the global indicator."),
                e.Column(x => x.IsRepeat, "isRepeat", "True when the same indicator is listed under several targets (e.g. 1.5.1, 11.5.1, 13.1.1)."),
                e.Column(x => x.InUnList, "inUnList", "True when the indicator is on the UN global list of 30 Nov 2022."),
                e.Column(x => x.EnglishByProject, "englishByProject", "True when the English title, unit and definition were translated by the OpenIntegrationData project because the publisher gives them in German only; they are not official wording."),
                e.Column(x => x.UnInternalCode, "unInternalCode", "The UN's internal indicator code, e.g. \"C100702\"."),
                e.Column(x => x.UnNotes, "unNotes", "UN remarks on refinements and data availability."),
                e.Column(x => x.InkarCode, "inkarCode", "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR)."),
            ],
            Relations =
            [
                e.One(x => x.GoalId, "goal", "The goal the indicator measures; empty for context statistics."),
                e.One(x => x.TargetId, "target", "The UN target the indicator measures; empty for municipal and context indicators."),
                e.Many<IndicatorObservation>(x => x.IndicatorId, "observations", "Values of this indicator, per area and year."),
                e.SourceOf(x => x.SourceId, "the titles and definitions"),
            ],
            Lookups =
            [
                new("sdgIndicator", "code", ValueKind.String, [e.Sql(x => x.Code)], "Finds an indicator by its code; null when there is none.", "The indicator code, e.g. \"10.7.2\" or \"inkar:a_GSa\"."),
            ],
        };
    }
}

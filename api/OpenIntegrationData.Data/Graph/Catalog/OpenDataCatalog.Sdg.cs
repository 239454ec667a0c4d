namespace OpenIntegrationData.Data.Graph.Catalog;

/// <summary>The UN Sustainable Development Goals framework: goals, targets and indicators.</summary>
public static partial class OpenDataCatalog
{
    private static EntityDefinition SdgGoal() => new(
        "SdgGoal",
        "sdg_goal",
        "sdgGoals",
        "One of the 17 UN Sustainable Development Goals (SDGs, Nachhaltigkeitsziele) of the 2030 Agenda, e.g. goal 10 \"Reduced inequalities\".")
    {
        ListDescription = "The 17 UN Sustainable Development Goals (Nachhaltigkeitsziele).",
        Columns =
        [
            Int("number", "number", false, "Goal number, 1 to 17."),
            Localized("title", "title", false, "Full goal title."),
            Localized("shortTitle", "short_title", false, "Short goal name, e.g. \"Keine Armut\" / \"No poverty\"."),
            Text("colourHex", "colour_hex", false, "The goal's colour in the UN SDG palette, as #RRGGBB."),
        ],
        Relations =
        [
            Many("targets", "SdgTarget", "goal_id", "The targets of this goal."),
            Many("indicators", "SdgIndicator", "goal_id", "Indicators that measure this goal (municipal indicators sit directly under a goal)."),
            Linked("programmes", "Programme", "programme_sdg_goal", "goal_id", "programme_id", "Programmes that contribute to this goal."),
            SourceOf("the titles"),
        ],
        Lookups =
        [
            new("sdgGoal", "number", ValueKind.Int, ["number"], "Finds an SDG goal by its number (1 to 17); null when there is none.", "The goal number, 1 to 17."),
        ],
    };

    private static EntityDefinition SdgTarget() => new(
        "SdgTarget",
        "sdg_target",
        "sdgTargets",
        "A target of an SDG goal (169 in all), e.g. 10.7 \"Facilitate orderly, safe, regular and responsible migration\".")
    {
        ListDescription = "The 169 targets of the SDGs.",
        Columns =
        [
            Text("code", "code", false, "Target code: goal number, dot, target number or letter, e.g. \"10.7\" or \"16.b\"."),
            Int("sortOrder", "sort_order", false, "Position in the official list; sorting by it puts 1.2 before 1.10 and numbered targets before lettered ones."),
            Localized("title", "title", false, "Target text."),
        ],
        Relations =
        [
            One("goal", "SdgGoal", "goal_id", false, "The goal this target belongs to."),
            Many("indicators", "SdgIndicator", "target_id", "UN global indicators that measure this target."),
            Linked("programmes", "Programme", "programme_sdg_target", "target_id", "programme_id", "Programmes that contribute to this target."),
            SourceOf("the texts"),
        ],
        Lookups =
        [
            new("sdgTarget", "code", ValueKind.String, ["code"], "Finds an SDG target by its code; null when there is none.", "The target code, e.g. \"10.7\"."),
        ],
    };

    private static EntityDefinition SdgIndicator() => new(
        "SdgIndicator",
        "sdg_indicator",
        "sdgIndicators",
        "An indicator that measures progress on the SDGs: a UN global indicator (e.g. 10.7.2), a German municipal SDG indicator (SDG-Indikatoren für Kommunen, e.g. child poverty), or a related context statistic.")
    {
        ListDescription = "SDG indicators: the UN global list, the German municipal set and related context statistics.",
        Columns =
        [
            Text("code", "code", false, "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"), \"inkar:<variable>\" for municipal ones, \"inkar:<table>/<variable>\" for context statistics."),
            Enum("kind", "kind", "IndicatorKind", false, "Which list the indicator comes from."),
            Int("sortOrder", "sort_order", false, "Position in the list it comes from; sorting by it puts 1.1.1 before 1.10.1."),
            Localized("title", "title", true, "Indicator title (the UN list text for global indicators)."),
            Localized("shortTitle", "short_title", true, "Short name, for municipal and context indicators."),
            Localized("definition", "definition", true, "What the indicator measures, as the statistics office defines it."),
            Localized("unit", "unit", true, "Unit of the values, e.g. \"je 1.000 Einwohner\" (per 1,000 residents) or \"%\"."),
            GermanOnly("formula", "formula_de", "How the value is calculated (German only)."),
            GermanOnly("dataBasis", "data_basis_de", "Statistics the value is calculated from (German only)."),
            Text("tier", "tier", true, "UN tier classification: I (method and data exist), II (method but little data), III (no agreed method), as of 30 Nov 2022."),
            Text("custodianAgencies", "custodian_agencies", true, "UN agencies responsible for the global indicator."),
            Text("partnerAgencies", "partner_agencies", true, "Partner agencies of the global indicator."),
            Flag("isRepeat", "is_repeat", "True when the same indicator is listed under several targets (e.g. 1.5.1, 11.5.1, 13.1.1)."),
            Flag("inUnList", "in_un_list", "True when the indicator is on the UN global list of 30 Nov 2022."),
            Text("unInternalCode", "un_internal_code", true, "The UN's internal indicator code, e.g. \"C100702\"."),
            Text("unNotes", "un_notes", true, "UN remarks on refinements and data availability."),
            Text("inkarCode", "inkar_code", true, "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR)."),
        ],
        Relations =
        [
            One("goal", "SdgGoal", "goal_id", true, "The goal the indicator measures; empty for context statistics."),
            One("target", "SdgTarget", "target_id", true, "The UN target the indicator measures; empty for municipal and context indicators."),
            Many("observations", "IndicatorObservation", "indicator_id", "Values of this indicator, per area and year."),
            SourceOf("the titles and definitions"),
        ],
        Lookups =
        [
            new("sdgIndicator", "code", ValueKind.String, ["code"], "Finds an indicator by its code; null when there is none.", "The indicator code, e.g. \"10.7.2\" or \"inkar:a_GSa\"."),
        ],
    };
}

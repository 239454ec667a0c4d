namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// Every file the importer understands, in the order they are imported (referenced tables first).
/// The rules here mirror the CHECK constraints of schema/migrations, so a bad value is reported with its
/// line and column before PostgreSQL ever sees it.
/// </summary>
internal static class ImportCatalog
{
    private const string KeyPattern = "[a-z0-9][a-z0-9._-]*";
    private const string UrlPattern = "https?://.+";
    private const decimal FirstYear = 1800;
    private const decimal LastYear = 2100;

    public static IReadOnlyList<TableImport> Tables { get; } = Declare();

    private static List<TableImport> Declare()
    {
        var source = new TableImportBuilder("source")
            .Text("key", required: true, pattern: KeyPattern)
            .Text("title", required: true)
            .Text("publisher", required: true)
            .Text("url", pattern: UrlPattern)
            .OneOf("kind", true, "official_statistics", "open_data", "code_list", "reference_list", "web_page", "press",
                "project_document", "illustrative")
            .Text("licence")
            .Text("licence_name")
            .Text("licence_url", pattern: UrlPattern)
            .Column("published_on", ColumnType.Date)
            .Column("retrieved_on", ColumnType.Date)
            .Column("is_illustrative", ColumnType.Boolean, required: true)
            .Text("note")
            .Key("key")
            .Build();

        var goal = new TableImportBuilder("sdg_goal")
            .Column("number", ColumnType.SmallInt, required: true, min: 1, max: 17)
            .Text("title_de", required: true)
            .Text("title_en", required: true)
            .Text("short_title_de", required: true)
            .Text("short_title_en", required: true)
            .Text("colour_hex", required: true, pattern: "#[0-9A-F]{6}")
            .Reference("source_id", source, true, "source_key")
            .Key("number")
            .Build();

        var target = new TableImportBuilder("sdg_target")
            .Text("code", required: true, pattern: @"[0-9]{1,2}\.([0-9]{1,2}|[a-z])")
            .Reference("goal_id", goal, true, "goal_number")
            .Column("sort_order", ColumnType.Integer, required: true)
            .Text("title_de", required: true)
            .Text("title_en", required: true)
            .Reference("source_id", source, true, "source_key")
            .Key("code")
            .Build();

        var indicator = new TableImportBuilder("sdg_indicator")
            .Text("code", required: true)
            .OneOf("kind", true, "global", "municipal", "context")
            .Reference("goal_id", goal, false, "goal_number")
            .Reference("target_id", target, false, "target_code")
            .Column("sort_order", ColumnType.Integer, required: true)
            .Text("title_de").Text("title_en").Text("short_title_de").Text("short_title_en")
            .Text("definition_de").Text("definition_en").Text("unit_de").Text("unit_en")
            .Text("formula_de").Text("data_basis_de").Text("tier").Text("custodian_agencies").Text("partner_agencies")
            .Column("is_repeat", ColumnType.Boolean, defaultValue: false)
            .Column("in_un_list", ColumnType.Boolean, defaultValue: false)
            .Text("un_internal_code").Text("un_notes").Text("inkar_code")
            .Reference("source_id", source, true, "source_key")
            .Key("code")
            .Build();

        var nationality = new TableImportBuilder("nationality")
            .Text("alpha2", required: true, pattern: "[A-Z]{2}")
            .Text("alpha3", required: true, pattern: "[A-Z]{3}")
            .Text("numeric_code", required: true, pattern: "[0-9]{3}")
            .Text("name_de", required: true)
            .Text("name_en", required: true)
            .Text("official_name_de").Text("official_name_en").Text("common_name_de").Text("common_name_en")
            .Column("is_eu_member", ColumnType.Boolean, required: true)
            .Text("region_de").Text("region_en")
            .Text("destatis_code", pattern: "[0-9]{3}")
            .Reference("source_id", source, true, "source_key")
            .Key("alpha2")
            .Build();

        var nationalityGroup = new TableImportBuilder("nationality_group")
            .Text("key", required: true, pattern: "[a-z0-9][a-z0-9_-]*")
            .OneOf("kind", true, "all_foreign", "union", "continent", "single_country", "residual", "statistical_code")
            .Text("name_de", required: true)
            .Text("name_en", required: true)
            .Text("description_de").Text("description_en")
            .Reference("nationality_id", nationality, false, "nationality_alpha2")
            .Text("destatis_code", pattern: "[0-9]{3}")
            .Reference("source_id", source, true, "source_key")
            .Key("key")
            .Build();

        var municipality = new TableImportBuilder("municipality")
            .Text("ags", required: true, pattern: "[0-9]{8}")
            .Text("name", required: true)
            .Text("official_name")
            .Text("state", required: true)
            .Text("type", required: true)
            .Column("area_km2", ColumnType.Decimal, min: 0.001m, max: 9_999_999m)
            .Column("population", ColumnType.Integer, min: 0)
            .Column("population_year", ColumnType.SmallInt, min: FirstYear, max: LastYear)
            .Column("population_reference_date", ColumnType.Date)
            .Reference("population_source_id", source, false, "population_source_key")
            .Reference("source_id", source, true, "source_key")
            .Key("ags")
            .Build();

        var district = PlaceImport(new TableImportBuilder("district")
                .Reference("municipality_id", municipality, true, "municipality_ags")
                .Text("name", required: true)
                .Text("number", pattern: "[0-9]{1,3}"), source)
            .Key("municipality_id", "name")
            .Build();

        var subDistrict = PlaceImport(new TableImportBuilder("sub_district")
                .Reference("municipality_id", municipality, true, "municipality_ags")
                .Reference("district_id", district, true, "municipality_ags", "district_name")
                .Text("name", required: true)
                .Text("number", pattern: "[0-9]{1,4}"), source)
            .Key("district_id", "name")
            .Build();

        var population = AreaImport(new TableImportBuilder("population_observation"), municipality, district, subDistrict)
            .Reference("nationality_id", nationality, false, "nationality_alpha2")
            .Reference("nationality_group_id", nationalityGroup, false, "nationality_group_key")
            .OneOf("migration_category", true, "all", "with_migration_background", "germans_with_migration_background", "resettlers", "naturalised")
            .OneOf("sex", false, "female", "male")
            .Text("age_group", pattern: @"[0-9]{1,3}(-[0-9]{1,3}|\+)")
            .Column("year", ColumnType.SmallInt, required: true, min: FirstYear, max: LastYear)
            .Column("reference_date", ColumnType.Date)
            .Column("persons", ColumnType.Integer, required: true, min: 0)
            .Reference("source_id", source, true, "source_key")
            .Column("is_illustrative", ColumnType.Boolean, defaultValue: false)
            .Text("note")
            .Key("municipality_id", "district_id", "sub_district_id", "nationality_id", "nationality_group_id",
                "migration_category", "sex", "age_group", "year")
            .Build();

        var indicatorObservation = AreaImport(new TableImportBuilder("indicator_observation")
                .Reference("indicator_id", indicator, true, "indicator_code"), municipality, district, subDistrict)
            .Column("year", ColumnType.SmallInt, required: true, min: FirstYear, max: LastYear)
            .Column("reference_date", ColumnType.Date)
            .Column("value", ColumnType.Decimal, required: true, min: -99_999_999_999_999m, max: 99_999_999_999_999m)
            .Text("unit", required: true)
            .Text("disaggregation")
            .OneOf("status", true, "published", "provisional", "estimated", "illustrative")
            .Reference("source_id", source, true, "source_key")
            .Column("is_illustrative", ColumnType.Boolean, defaultValue: false)
            .Text("note")
            .Key("indicator_id", "municipality_id", "district_id", "sub_district_id", "year", "disaggregation")
            .Build();

        var programme = new TableImportBuilder("programme")
            .Text("key", required: true, pattern: KeyPattern)
            .Reference("municipality_id", municipality, true, "municipality_ags")
            .Text("name_de", required: true)
            .Text("name_en", required: true)
            .Text("description_de").Text("description_en")
            .Text("provider", required: true)
            .OneOf("category", true, "language_course", "counselling", "welcome_point", "health", "housing", "education",
                "labour_market", "participation", "anti_discrimination", "international_partnership", "administration", "strategy")
            .OneOf("status", true, "planned", "active", "closed")
            .Column("start_date", ColumnType.Date)
            .Column("end_date", ColumnType.Date)
            .Text("url", pattern: UrlPattern)
            .Reference("source_id", source, true, "source_key")
            .Key("key")
            .Build();

        var network = new TableImportBuilder("network")
            .Text("key", required: true, pattern: KeyPattern)
            .Text("name_de", required: true)
            .Text("name_en", required: true)
            .Text("description_de").Text("description_en")
            .OneOf("kind", true, "city_network", "charter", "campaign", "association")
            .OneOf("scope", true, "world", "europe", "germany", "state")
            .Column("founded_year", ColumnType.SmallInt, min: FirstYear, max: LastYear)
            .Text("url", pattern: UrlPattern)
            .Reference("source_id", source, true, "source_key")
            .Key("key")
            .Build();

        return
        [
            source, goal, target, indicator, nationality, nationalityGroup, municipality, district, subDistrict,
            population, indicatorObservation, programme,
            new TableImportBuilder("programme_district")
                .Reference("programme_id", programme, true, "programme_key")
                .Reference("district_id", district, true, "municipality_ags", "district_name")
                .Key("programme_id", "district_id")
                .Build(),
            new TableImportBuilder("programme_language")
                .Reference("programme_id", programme, true, "programme_key")
                .Text("language_code", required: true, pattern: "[a-z]{2,3}")
                .Key("programme_id", "language_code")
                .Build(),
            new TableImportBuilder("programme_target_group")
                .Reference("programme_id", programme, true, "programme_key")
                .OneOf("target_group", true, "all_residents", "newcomers", "adult_immigrants", "young_immigrants", "refugees",
                    "families", "women", "children", "older_people", "employers", "civil_society", "administration")
                .Key("programme_id", "target_group")
                .Build(),
            new TableImportBuilder("programme_sdg_goal")
                .Reference("programme_id", programme, true, "programme_key")
                .Reference("goal_id", goal, true, "goal_number")
                .OneOf("assigned_by", true, "source", "project")
                .Key("programme_id", "goal_id")
                .Build(),
            new TableImportBuilder("programme_sdg_target")
                .Reference("programme_id", programme, true, "programme_key")
                .Reference("target_id", target, true, "target_code")
                .OneOf("assigned_by", true, "source", "project")
                .Key("programme_id", "target_id")
                .Build(),
            network,
            new TableImportBuilder("membership")
                .Reference("municipality_id", municipality, true, "municipality_ags")
                .Reference("network_id", network, true, "network_key")
                .OneOf("role", true, "member", "signatory", "certified", "partner")
                .Column("joined_year", ColumnType.SmallInt, min: FirstYear, max: LastYear)
                .Column("joined_on", ColumnType.Date)
                .Column("left_on", ColumnType.Date)
                .Reference("source_id", source, true, "source_key")
                .Text("note")
                .Key("municipality_id", "network_id")
                .Build(),
        ];
    }

    /// <summary>The columns districts and sub-districts share: order, area and latest population with its source.</summary>
    private static TableImportBuilder PlaceImport(TableImportBuilder builder, TableImport source) => builder
        .Column("sort_order", ColumnType.Integer, required: true)
        .Column("area_km2", ColumnType.Decimal, min: 0.001m, max: 9_999_999m)
        .Column("area_reference_year", ColumnType.SmallInt, min: FirstYear, max: LastYear)
        .Column("population", ColumnType.Integer, min: 0)
        .Column("population_year", ColumnType.SmallInt, min: FirstYear, max: LastYear)
        .Column("population_reference_date", ColumnType.Date)
        .Reference("population_source_id", source, false, "population_source_key")
        .Reference("source_id", source, true, "source_key");

    /// <summary>An observation's area: always a municipality, a district when given, a sub-district of that district when given.</summary>
    private static TableImportBuilder AreaImport(TableImportBuilder builder, TableImport municipality, TableImport district, TableImport subDistrict) => builder
        .Reference("municipality_id", municipality, true, "municipality_ags")
        .Reference("district_id", district, false, "municipality_ags", "district_name")
        .Reference("sub_district_id", subDistrict, false, "municipality_ags", "district_name", "sub_district_name");
}

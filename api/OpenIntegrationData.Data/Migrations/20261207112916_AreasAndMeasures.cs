using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using OpenIntegrationData.Data.Model.Building;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class AreasAndMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropUniqueConstraint(
                name: "population_observation_municipality_id_district_id_sub_dist_key",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "population_observation_check1",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "nationality_group_kind_check",
                table: "nationality_group");

            migrationBuilder.DropUniqueConstraint(
                name: "indicator_observation_indicator_id_municipality_id_district_key",
                table: "indicator_observation");

            migrationBuilder.AddColumn<long>(
                name: "area_id",
                table: "sub_district",
                type: "bigint",
                nullable: true,
                comment: "The same quarter as an area on the level \"stadtteil\" (kept in step automatically).");

            migrationBuilder.AddColumn<string>(
                name: "attribution",
                table: "source",
                type: "text",
                nullable: true,
                comment: "The credit line the licence asks for when the figures are reused (e.g. \"© Statistisches Bundesamt (Destatis), 2026\").");

            migrationBuilder.AddColumn<string>(
                name: "quality_level",
                table: "source",
                type: "text",
                nullable: true,
                comment: "How far the source can be cited: official (a statistics office or the city itself), press, secondary (a copy or summary of an official source) or unverified.");

            migrationBuilder.AddColumn<bool>(
                name: "english_by_project",
                table: "sdg_indicator",
                type: "boolean",
                nullable: false,
                defaultValueSql: "false",
                comment: "True when the English title, unit and definition are the project's translation, not published by the source.");

            migrationBuilder.AddColumn<long>(
                name: "area_id",
                table: "population_observation",
                type: "bigint",
                nullable: true,
                comment: "The area the figure is for, on any level; empty for the whole municipality.");

            migrationBuilder.AddColumn<long>(
                name: "measure_id",
                table: "population_observation",
                type: "bigint",
                nullable: true,
                comment: "What the figure counts (e.g. residents on the reference date, annual mean population).");

            migrationBuilder.AddColumn<string>(
                name: "period",
                table: "population_observation",
                type: "text",
                nullable: false,
                defaultValueSql: "'year'",
                comment: "The period the figure belongs to: year or half_year.");

            migrationBuilder.AddColumn<decimal>(
                name: "value",
                table: "population_observation",
                type: "numeric",
                nullable: true,
                comment: "The figure exactly as published, in the unit of its measure (a mean can have decimals); persons is it rounded.");

            migrationBuilder.AlterColumn<string>(
                name: "kind",
                table: "nationality_group",
                type: "text",
                nullable: false,
                comment: "all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. \"Türkei\"), residual (\"other\"/\"rest of Europe\"), statistical_code (a Destatis code without ISO country, e.g. \"staatenlos\"), origin (an origin of people with a migration background, not a citizenship; origin groups may contain each other).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. \"Türkei\"), residual (\"other\"/\"rest of Europe\"), statistical_code (a Destatis code without ISO country, e.g. \"staatenlos\").");

            migrationBuilder.AddColumn<long>(
                name: "area_id",
                table: "indicator_observation",
                type: "bigint",
                nullable: true,
                comment: "The area the value is for, on any level; empty for the whole municipality.");

            migrationBuilder.AddColumn<long>(
                name: "area_id",
                table: "district",
                type: "bigint",
                nullable: true,
                comment: "The same district as an area on the level \"stadtbezirk\" (kept in step automatically).");

            migrationBuilder.AlterColumn<string>(
                name: "area_level",
                table: "population_observation",
                type: "text",
                nullable: false,
                computedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    when area_id is not null then 'area'\n    else 'municipality'\nend",
                stored: true,
                comment: "Which level the figure is for: municipality, district, sub_district, or area (any other level; see the area).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComputedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    else 'municipality'\nend",
                oldStored: true,
                oldComment: "Which level the figure is for: municipality, district or sub_district.");

            migrationBuilder.AlterColumn<string>(
                name: "area_level",
                table: "indicator_observation",
                type: "text",
                nullable: false,
                computedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    when area_id is not null then 'area'\n    else 'municipality'\nend",
                stored: true,
                comment: "Which level the value is for: municipality, district, sub_district, or area (any other level; see the area).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComputedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    else 'municipality'\nend",
                oldStored: true,
                oldComment: "Which level the value is for: municipality, district or sub_district.");

            migrationBuilder.CreateTable(
                name: "area_level",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false, comment: "Surrogate key.")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    municipality_id = table.Column<long>(type: "bigint", nullable: false, comment: "The municipality whose areas the level divides."),
                    key = table.Column<string>(type: "text", nullable: false, comment: "Stable short name, unique per municipality (e.g. \"bezirk\", \"planungsraum-lor2021\")."),
                    name_de = table.Column<string>(type: "text", nullable: false, comment: "Name of the level in German (e.g. \"Planungsraum (LOR 2021)\")."),
                    name_en = table.Column<string>(type: "text", nullable: false, comment: "Name of the level in English (e.g. \"Planning area (LOR 2021)\")."),
                    depth = table.Column<short>(type: "smallint", nullable: false, comment: "How far below the municipality the level lies: 1 directly below it, 2 below a level of depth 1, and so on."),
                    valid_from = table.Column<LocalDate>(type: "date", nullable: true, comment: "First day the level's division was in force, when it has a start."),
                    valid_until = table.Column<LocalDate>(type: "date", nullable: true, comment: "Last day the level's division was in force, when it has ended (LOR 2006: 2020-12-31)."),
                    description_de = table.Column<string>(type: "text", nullable: true, comment: "What the level is, in German."),
                    description_en = table.Column<string>(type: "text", nullable: true, comment: "What the level is, in English."),
                    source_id = table.Column<long>(type: "bigint", nullable: false, comment: "Source that defines the level.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("area_level_pkey", x => x.id);
                    table.UniqueConstraint("area_level_id_municipality_id_key", x => new { x.id, x.municipality_id });
                    table.UniqueConstraint("area_level_municipality_id_key_key", x => new { x.municipality_id, x.key });
                    table.CheckConstraint("area_level_check", "valid_until is null or valid_from is null or valid_until >= valid_from");
                    table.CheckConstraint("area_level_depth_check", "depth between 1 and 9");
                    table.CheckConstraint("area_level_key_check", "key ~ '^[a-z0-9][a-z0-9._-]*$'");
                    table.CheckConstraint("area_level_name_de_check", "name_de <> ''");
                    table.CheckConstraint("area_level_name_en_check", "name_en <> ''");
                    table.ForeignKey(
                        name: "area_level_municipality_id_fkey",
                        column: x => x.municipality_id,
                        principalTable: "municipality",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "area_level_source_id_fkey",
                        column: x => x.source_id,
                        principalTable: "source",
                        principalColumn: "id");
                },
                comment: "A named level of areas in one municipality, e.g. Berlin's Bezirke, Bezirksregionen (LOR 2006) and Planungsräume (LOR 2021), or Köln's Stadtbezirke and Stadtteile. Areas of one level do not overlap.");

            migrationBuilder.CreateTable(
                name: "measure",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false, comment: "Surrogate key.")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    key = table.Column<string>(type: "text", nullable: false, comment: "Stable short name used by the CSV files (e.g. \"residents\")."),
                    name_de = table.Column<string>(type: "text", nullable: false, comment: "Name in German."),
                    name_en = table.Column<string>(type: "text", nullable: false, comment: "Name in English."),
                    description_de = table.Column<string>(type: "text", nullable: true, comment: "What is counted, by whom and how, in German."),
                    description_en = table.Column<string>(type: "text", nullable: true, comment: "What is counted, by whom and how, in English."),
                    unit_de = table.Column<string>(type: "text", nullable: false, comment: "Unit of the figures in German (e.g. \"Personen\")."),
                    unit_en = table.Column<string>(type: "text", nullable: false, comment: "Unit of the figures in English (e.g. \"persons\")."),
                    kind = table.Column<string>(type: "text", nullable: false, comment: "count (people counted on a reference date) or mean (a mean over the period)."),
                    source_id = table.Column<long>(type: "bigint", nullable: true, comment: "Source that defines the measure, where one does.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("measure_pkey", x => x.id);
                    table.UniqueConstraint("measure_key_key", x => x.key);
                    table.CheckConstraint("measure_key_check", "key ~ '^[a-z0-9][a-z0-9._-]*$'");
                    table.CheckConstraint("measure_kind_check", "kind in ('count', 'mean')");
                    table.CheckConstraint("measure_name_de_check", "name_de <> ''");
                    table.CheckConstraint("measure_name_en_check", "name_en <> ''");
                    table.CheckConstraint("measure_unit_de_check", "unit_de <> ''");
                    table.CheckConstraint("measure_unit_en_check", "unit_en <> ''");
                    table.ForeignKey(
                        name: "measure_source_id_fkey",
                        column: x => x.source_id,
                        principalTable: "source",
                        principalColumn: "id");
                },
                comment: "What a figure counts and how: residents registered on a reference date, the annual mean population, foreigners in the foreigners' register, residents with a migration background by origin. Figures of different measures are never added up.");

            migrationBuilder.CreateTable(
                name: "area",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false, comment: "Surrogate key.")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    municipality_id = table.Column<long>(type: "bigint", nullable: false, comment: "The municipality the area belongs to."),
                    level_id = table.Column<long>(type: "bigint", nullable: false, comment: "The level the area is on."),
                    code = table.Column<string>(type: "text", nullable: false, comment: "Official code as the city publishes it, with leading zeros (e.g. Berlin LOR \"01100101\"); the name where no code is published."),
                    name = table.Column<string>(type: "text", nullable: true, comment: "Name of the area, where known."),
                    parent_id = table.Column<long>(type: "bigint", nullable: true, comment: "The area this one lies in; empty when it lies directly in the municipality."),
                    valid_from = table.Column<LocalDate>(type: "date", nullable: true, comment: "First day the area existed in this form, when known."),
                    valid_until = table.Column<LocalDate>(type: "date", nullable: true, comment: "Last day the area existed in this form, when it has ended."),
                    sort_order = table.Column<int>(type: "integer", nullable: true, comment: "Position in the city's official order, where there is one."),
                    area_km2 = table.Column<decimal>(type: "numeric(10,3)", precision: 10, scale: 3, nullable: true, comment: "Area in square kilometres, where published."),
                    boundary = table.Column<MultiPolygon>(type: "geometry(MultiPolygon, 4326)", nullable: true, comment: "Outline of the area as a multipolygon in WGS 84 longitude/latitude (EPSG:4326), where a published one was loaded."),
                    source_id = table.Column<long>(type: "bigint", nullable: false, comment: "Source that lists the area.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("area_pkey", x => x.id);
                    table.UniqueConstraint("area_id_municipality_id_key", x => new { x.id, x.municipality_id });
                    table.UniqueConstraint("area_level_id_code_key", x => new { x.level_id, x.code });
                    table.CheckConstraint("area_area_km2_check", "area_km2 > 0");
                    table.CheckConstraint("area_check", "parent_id is distinct from id");
                    table.CheckConstraint("area_check1", "valid_until is null or valid_from is null or valid_until >= valid_from");
                    table.CheckConstraint("area_code_check", "code ~ '^\\S(.*\\S)?$'");
                    table.CheckConstraint("area_name_check", "name <> ''");
                    table.ForeignKey(
                        name: "area_level_id_municipality_id_fkey",
                        columns: x => new { x.level_id, x.municipality_id },
                        principalTable: "area_level",
                        principalColumns: new[] { "id", "municipality_id" });
                    table.ForeignKey(
                        name: "area_municipality_id_fkey",
                        column: x => x.municipality_id,
                        principalTable: "municipality",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "area_parent_id_municipality_id_fkey",
                        columns: x => new { x.parent_id, x.municipality_id },
                        principalTable: "area",
                        principalColumns: new[] { "id", "municipality_id" });
                    table.ForeignKey(
                        name: "area_source_id_fkey",
                        column: x => x.source_id,
                        principalTable: "source",
                        principalColumn: "id");
                },
                comment: "An area of a municipality on one of its levels, e.g. Berlin's Bezirk Mitte (code \"01\") or Köln's Stadtteil Altstadt-Süd, with its official code, the area it lies in, the time its division was in force and its boundary.");

            migrationBuilder.CreateTable(
                name: "area_match",
                columns: table => new
                {
                    old_area_id = table.Column<long>(type: "bigint", nullable: false, comment: "An area of the older division."),
                    new_area_id = table.Column<long>(type: "bigint", nullable: false, comment: "An area of the newer division that overlaps it.")
                },
                constraints: table =>
                {
                    table.PrimaryKey("area_match_pkey", x => new { x.old_area_id, x.new_area_id });
                    table.CheckConstraint("area_match_check", "old_area_id <> new_area_id");
                    table.ForeignKey(
                        name: "area_match_new_area_id_fkey",
                        column: x => x.new_area_id,
                        principalTable: "area",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "area_match_old_area_id_fkey",
                        column: x => x.old_area_id,
                        principalTable: "area",
                        principalColumn: "id");
                },
                comment: "Which areas of a new division overlap which areas of the old one (Berlin's LOR 2006 and LOR 2021), so figures can be followed across the change.");

            migrationBuilder.CreateIndex(
                name: "sub_district_area_id_key",
                table: "sub_district",
                column: "area_id",
                unique: true);

            migrationBuilder.AddCheckConstraint(
                name: "source_attribution_check",
                table: "source",
                sql: "attribution <> ''");

            migrationBuilder.AddCheckConstraint(
                name: "source_quality_level_check",
                table: "source",
                sql: "quality_level in ('official', 'press', 'secondary', 'unverified')");

            migrationBuilder.CreateIndex(
                name: "population_observation_area_year_idx",
                table: "population_observation",
                columns: new[] { "area_id", "year", "persons" },
                descending: new[] { false, false, true },
                filter: "area_id is not null");

            migrationBuilder.CreateIndex(
                name: "population_observation_measure_id_idx",
                table: "population_observation",
                columns: new[] { "measure_id", "year" });

            migrationBuilder.AddCheckConstraint(
                name: "population_observation_period_check",
                table: "population_observation",
                sql: "period in ('year', 'half_year')");

            migrationBuilder.AddCheckConstraint(
                name: "population_observation_value_check",
                table: "population_observation",
                sql: "value >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "nationality_group_kind_check",
                table: "nationality_group",
                sql: "kind in ('all_foreign', 'union', 'continent', 'single_country', 'residual', 'statistical_code', 'origin')");

            migrationBuilder.CreateIndex(
                name: "indicator_observation_area_indicator_year_idx",
                table: "indicator_observation",
                columns: new[] { "area_id", "indicator_id", "year" },
                filter: "area_id is not null");

            migrationBuilder.CreateIndex(
                name: "district_area_id_key",
                table: "district",
                column: "area_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "area_boundary_idx",
                table: "area",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "area_municipality_id_idx",
                table: "area",
                columns: new[] { "municipality_id", "level_id" });

            migrationBuilder.CreateIndex(
                name: "area_parent_id_idx",
                table: "area",
                columns: new[] { "parent_id", "sort_order" });

            migrationBuilder.CreateIndex(
                name: "area_source_id_idx",
                table: "area",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "area_level_source_id_idx",
                table: "area_level",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "area_match_new_area_id_idx",
                table: "area_match",
                columns: new[] { "new_area_id", "old_area_id" });

            migrationBuilder.CreateIndex(
                name: "measure_source_id_idx",
                table: "measure",
                column: "source_id");

            migrationBuilder.AddForeignKey(
                name: "district_area_id_fkey",
                table: "district",
                column: "area_id",
                principalTable: "area",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "indicator_observation_area_id_municipality_id_fkey",
                table: "indicator_observation",
                columns: new[] { "area_id", "municipality_id" },
                principalTable: "area",
                principalColumns: new[] { "id", "municipality_id" });

            migrationBuilder.AddForeignKey(
                name: "population_observation_area_id_municipality_id_fkey",
                table: "population_observation",
                columns: new[] { "area_id", "municipality_id" },
                principalTable: "area",
                principalColumns: new[] { "id", "municipality_id" });

            migrationBuilder.AddForeignKey(
                name: "population_observation_measure_id_fkey",
                table: "population_observation",
                column: "measure_id",
                principalTable: "measure",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "sub_district_area_id_fkey",
                table: "sub_district",
                column: "area_id",
                principalTable: "area",
                principalColumn: "id");

            // What EF Core cannot describe: the ancestors view, the triggers that keep districts, quarters and
            // observations in step with the areas, the backfill of existing rows, and the rule that a figure may name
            // a group together with its one country.
            migrationBuilder.Sql(AreasAndMeasuresSql.Up);

            // One figure per area, measure, group and reference date; an empty dimension counts as a value of its own.
            migrationBuilder.AddNullableUniqueConstraint(
                "population_observation_natural_key",
                "population_observation",
                ["municipality_id", "district_id", "sub_district_id", "area_id", "measure_id", "nationality_id", "nationality_group_id",
                    "migration_category", "sex", "age_group", "year", "reference_date"],
                nullsDistinct: false);
            migrationBuilder.AddNullableUniqueConstraint(
                "indicator_observation_natural_key",
                "indicator_observation",
                ["indicator_id", "municipality_id", "district_id", "sub_district_id", "area_id", "year", "disaggregation"],
                nullsDistinct: false);
        }

protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "district_area_id_fkey",
                table: "district");

            migrationBuilder.DropForeignKey(
                name: "indicator_observation_area_id_municipality_id_fkey",
                table: "indicator_observation");

            migrationBuilder.DropForeignKey(
                name: "population_observation_area_id_municipality_id_fkey",
                table: "population_observation");

            migrationBuilder.DropForeignKey(
                name: "population_observation_measure_id_fkey",
                table: "population_observation");

            migrationBuilder.DropForeignKey(
                name: "sub_district_area_id_fkey",
                table: "sub_district");

            migrationBuilder.DropTable(
                name: "area_match");

            migrationBuilder.DropTable(
                name: "measure");

            migrationBuilder.DropTable(
                name: "area");

            migrationBuilder.DropTable(
                name: "area_level");

            migrationBuilder.DropIndex(
                name: "sub_district_area_id_key",
                table: "sub_district");

            migrationBuilder.DropCheckConstraint(
                name: "source_attribution_check",
                table: "source");

            migrationBuilder.DropCheckConstraint(
                name: "source_quality_level_check",
                table: "source");

            migrationBuilder.DropIndex(
                name: "population_observation_area_year_idx",
                table: "population_observation");

            migrationBuilder.DropIndex(
                name: "population_observation_measure_id_idx",
                table: "population_observation");

            migrationBuilder.DropUniqueConstraint(
                name: "population_observation_natural_key",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "population_observation_check3",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "population_observation_period_check",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "population_observation_value_check",
                table: "population_observation");

            migrationBuilder.DropCheckConstraint(
                name: "nationality_group_kind_check",
                table: "nationality_group");

            migrationBuilder.DropIndex(
                name: "indicator_observation_area_indicator_year_idx",
                table: "indicator_observation");

            migrationBuilder.DropUniqueConstraint(
                name: "indicator_observation_natural_key",
                table: "indicator_observation");

            migrationBuilder.DropIndex(
                name: "district_area_id_key",
                table: "district");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "sub_district");

            migrationBuilder.DropColumn(
                name: "attribution",
                table: "source");

            migrationBuilder.DropColumn(
                name: "quality_level",
                table: "source");

            migrationBuilder.DropColumn(
                name: "english_by_project",
                table: "sdg_indicator");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "population_observation");

            migrationBuilder.DropColumn(
                name: "measure_id",
                table: "population_observation");

            migrationBuilder.DropColumn(
                name: "period",
                table: "population_observation");

            migrationBuilder.DropColumn(
                name: "value",
                table: "population_observation");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "indicator_observation");

            migrationBuilder.DropColumn(
                name: "area_id",
                table: "district");

            migrationBuilder.AlterColumn<string>(
                name: "kind",
                table: "nationality_group",
                type: "text",
                nullable: false,
                comment: "all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. \"Türkei\"), residual (\"other\"/\"rest of Europe\"), statistical_code (a Destatis code without ISO country, e.g. \"staatenlos\").",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. \"Türkei\"), residual (\"other\"/\"rest of Europe\"), statistical_code (a Destatis code without ISO country, e.g. \"staatenlos\"), origin (an origin of people with a migration background, not a citizenship; origin groups may contain each other).");

            migrationBuilder.AlterColumn<string>(
                name: "area_level",
                table: "population_observation",
                type: "text",
                nullable: false,
                computedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    else 'municipality'\nend",
                stored: true,
                comment: "Which level the figure is for: municipality, district or sub_district.",
                oldClrType: typeof(string),
                oldType: "text",
                oldComputedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    when area_id is not null then 'area'\n    else 'municipality'\nend",
                oldStored: true,
                oldComment: "Which level the figure is for: municipality, district, sub_district, or area (any other level; see the area).");

            migrationBuilder.AlterColumn<string>(
                name: "area_level",
                table: "indicator_observation",
                type: "text",
                nullable: false,
                computedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    else 'municipality'\nend",
                stored: true,
                comment: "Which level the value is for: municipality, district or sub_district.",
                oldClrType: typeof(string),
                oldType: "text",
                oldComputedColumnSql: "case\n    when sub_district_id is not null then 'sub_district'\n    when district_id is not null then 'district'\n    when area_id is not null then 'area'\n    else 'municipality'\nend",
                oldStored: true,
                oldComment: "Which level the value is for: municipality, district, sub_district, or area (any other level; see the area).");

            migrationBuilder.AddNullableUniqueConstraint(
                "population_observation_municipality_id_district_id_sub_dist_key",
                "population_observation",
                ["municipality_id", "district_id", "sub_district_id", "nationality_id", "nationality_group_id", "migration_category", "sex", "age_group", "year"],
                nullsDistinct: false);

            migrationBuilder.AddCheckConstraint(
                name: "population_observation_check1",
                table: "population_observation",
                sql: "num_nonnulls(nationality_id, nationality_group_id) <= 1");

            migrationBuilder.AddCheckConstraint(
                name: "nationality_group_kind_check",
                table: "nationality_group",
                sql: "kind in ('all_foreign', 'union', 'continent', 'single_country', 'residual', 'statistical_code')");

            migrationBuilder.AddNullableUniqueConstraint(
                "indicator_observation_indicator_id_municipality_id_district_key",
                "indicator_observation",
                ["indicator_id", "municipality_id", "district_id", "sub_district_id", "year", "disaggregation"],
                nullsDistinct: false);
        }
    }
}

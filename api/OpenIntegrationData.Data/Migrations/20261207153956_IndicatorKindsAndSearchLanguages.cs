using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorKindsAndSearchLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "sdg_indicator",
                comment: "An indicator that measures progress on the SDGs. Kind \"global\": the UN global indicator list (e.g. 10.7.2). Kind \"municipal\": the German \"SDG-Indikatoren für Kommunen\" that cities and counties report (e.g. child poverty). Kind \"context\": a related statistic that belongs to no SDG set, from INKAR (e.g. population density) or from a city's statistics office (e.g. the social indicators of Hamburg's Stadtteil profiles).",
                oldComment: "An indicator that measures progress on the SDGs. Kind \"global\": the UN global indicator list (e.g. 10.7.2). Kind \"municipal\": the German \"SDG-Indikatoren für Kommunen\" that cities and counties report (e.g. child poverty). Kind \"context\": a related statistic from the same statistical source that belongs to no SDG set (e.g. population density).");

            migrationBuilder.AlterColumn<string>(
                name: "kind",
                table: "sdg_indicator",
                type: "text",
                nullable: false,
                comment: "global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set, from INKAR or a city's statistics office).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set).");

            migrationBuilder.AlterColumn<string>(
                name: "inkar_code",
                table: "sdg_indicator",
                type: "text",
                nullable: true,
                comment: "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal indicators and INKAR's context statistics; empty for the others.",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldComment: "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal and context indicators.");

            migrationBuilder.AlterColumn<string>(
                name: "code",
                table: "sdg_indicator",
                type: "text",
                nullable: false,
                comment: "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"); \"inkar:<variable>\" for municipal ones; \"inkar:<table>/<variable>\" for context statistics from INKAR; \"statistik-nord:stadtteilprofile/<key>\" for those of Hamburg's Stadtteil profiles (context).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"); \"inkar:<variable>\" for municipal ones; \"inkar:<table>/<variable>\" for context statistics.");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "sdg_indicator",
                comment: "An indicator that measures progress on the SDGs. Kind \"global\": the UN global indicator list (e.g. 10.7.2). Kind \"municipal\": the German \"SDG-Indikatoren für Kommunen\" that cities and counties report (e.g. child poverty). Kind \"context\": a related statistic from the same statistical source that belongs to no SDG set (e.g. population density).",
                oldComment: "An indicator that measures progress on the SDGs. Kind \"global\": the UN global indicator list (e.g. 10.7.2). Kind \"municipal\": the German \"SDG-Indikatoren für Kommunen\" that cities and counties report (e.g. child poverty). Kind \"context\": a related statistic that belongs to no SDG set, from INKAR (e.g. population density) or from a city's statistics office (e.g. the social indicators of Hamburg's Stadtteil profiles).");

            migrationBuilder.AlterColumn<string>(
                name: "kind",
                table: "sdg_indicator",
                type: "text",
                nullable: false,
                comment: "global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set).",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set, from INKAR or a city's statistics office).");

            migrationBuilder.AlterColumn<string>(
                name: "inkar_code",
                table: "sdg_indicator",
                type: "text",
                nullable: true,
                comment: "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal and context indicators.",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldComment: "Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal indicators and INKAR's context statistics; empty for the others.");

            migrationBuilder.AlterColumn<string>(
                name: "code",
                table: "sdg_indicator",
                type: "text",
                nullable: false,
                comment: "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"); \"inkar:<variable>\" for municipal ones; \"inkar:<table>/<variable>\" for context statistics.",
                oldClrType: typeof(string),
                oldType: "text",
                oldComment: "Indicator code: the UN code for global indicators (e.g. \"10.7.2\"); \"inkar:<variable>\" for municipal ones; \"inkar:<table>/<variable>\" for context statistics from INKAR; \"statistik-nord:stadtteilprofile/<key>\" for those of Hamburg's Stadtteil profiles (context).");
        }
    }
}

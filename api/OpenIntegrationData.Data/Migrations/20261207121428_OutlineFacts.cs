using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutlineFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "boundary_source_id",
                table: "municipality",
                type: "bigint",
                nullable: true,
                comment: "Source of the outline.");

            migrationBuilder.AddColumn<long>(
                name: "boundary_source_id",
                table: "area",
                type: "bigint",
                nullable: true,
                comment: "Source of the outline.");

            migrationBuilder.AddColumn<double>(
                name: "boundary_area_km2",
                table: "municipality",
                type: "double precision",
                nullable: true,
                computedColumnSql: "st_area(boundary::geography) / 1e6",
                stored: true,
                comment: "Area inside the outline in km², measured on the Earth's surface (WGS 84 ellipsoid).");

            migrationBuilder.AddColumn<Point>(
                name: "representative_point",
                table: "municipality",
                type: "geometry(Point, 4326)",
                nullable: true,
                computedColumnSql: "st_pointonsurface(boundary)",
                stored: true,
                comment: "A point inside the outline (ST_PointOnSurface), e.g. for a label.");

            migrationBuilder.AddColumn<double>(
                name: "boundary_area_km2",
                table: "area",
                type: "double precision",
                nullable: true,
                computedColumnSql: "st_area(boundary::geography) / 1e6",
                stored: true,
                comment: "Area inside the outline in km², measured on the Earth's surface (WGS 84 ellipsoid).");

            migrationBuilder.AddColumn<Point>(
                name: "representative_point",
                table: "area",
                type: "geometry(Point, 4326)",
                nullable: true,
                computedColumnSql: "st_pointonsurface(boundary)",
                stored: true,
                comment: "A point inside the outline (ST_PointOnSurface), e.g. for a label.");

            migrationBuilder.CreateIndex(
                name: "municipality_boundary_source_id_idx",
                table: "municipality",
                column: "boundary_source_id");

            migrationBuilder.AddCheckConstraint(
                name: "municipality_boundary_source",
                table: "municipality",
                sql: "(boundary is null) = (boundary_source_id is null)");

            migrationBuilder.AddCheckConstraint(
                name: "municipality_boundary_valid",
                table: "municipality",
                sql: "boundary is null or st_isvalid(boundary)");

            migrationBuilder.CreateIndex(
                name: "area_boundary_source_id_idx",
                table: "area",
                column: "boundary_source_id");

            migrationBuilder.AddCheckConstraint(
                name: "area_boundary_source",
                table: "area",
                sql: "(boundary is null) = (boundary_source_id is null)");

            migrationBuilder.AddCheckConstraint(
                name: "area_boundary_valid",
                table: "area",
                sql: "boundary is null or st_isvalid(boundary)");

            migrationBuilder.AddForeignKey(
                name: "area_boundary_source_id_fkey",
                table: "area",
                column: "boundary_source_id",
                principalTable: "source",
                principalColumn: "id");

            migrationBuilder.AddForeignKey(
                name: "municipality_boundary_source_id_fkey",
                table: "municipality",
                column: "boundary_source_id",
                principalTable: "source",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "area_boundary_source_id_fkey",
                table: "area");

            migrationBuilder.DropForeignKey(
                name: "municipality_boundary_source_id_fkey",
                table: "municipality");

            migrationBuilder.DropIndex(
                name: "municipality_boundary_source_id_idx",
                table: "municipality");

            migrationBuilder.DropCheckConstraint(
                name: "municipality_boundary_source",
                table: "municipality");

            migrationBuilder.DropCheckConstraint(
                name: "municipality_boundary_valid",
                table: "municipality");

            migrationBuilder.DropIndex(
                name: "area_boundary_source_id_idx",
                table: "area");

            migrationBuilder.DropCheckConstraint(
                name: "area_boundary_source",
                table: "area");

            migrationBuilder.DropCheckConstraint(
                name: "area_boundary_valid",
                table: "area");

            migrationBuilder.DropColumn(
                name: "boundary_area_km2",
                table: "municipality");

            migrationBuilder.DropColumn(
                name: "representative_point",
                table: "municipality");

            migrationBuilder.DropColumn(
                name: "boundary_area_km2",
                table: "area");

            migrationBuilder.DropColumn(
                name: "representative_point",
                table: "area");

            migrationBuilder.DropColumn(
                name: "boundary_source_id",
                table: "municipality");

            migrationBuilder.DropColumn(
                name: "boundary_source_id",
                table: "area");
        }
    }
}

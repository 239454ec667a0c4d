using Microsoft.EntityFrameworkCore.Migrations;
using NetTopologySuite.Geometries;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class Boundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.AddColumn<MultiPolygon>(
                name: "boundary",
                table: "sub_district",
                type: "geometry(MultiPolygon, 4326)",
                nullable: true,
                comment: "Outline of the sub-district as a multipolygon in WGS 84 longitude/latitude (EPSG:4326), where a published one was loaded.");

            migrationBuilder.AddColumn<MultiPolygon>(
                name: "boundary",
                table: "municipality",
                type: "geometry(MultiPolygon, 4326)",
                nullable: true,
                comment: "Outline of the municipality as a multipolygon in WGS 84 longitude/latitude (EPSG:4326), where a published one was loaded.");

            migrationBuilder.AddColumn<MultiPolygon>(
                name: "boundary",
                table: "district",
                type: "geometry(MultiPolygon, 4326)",
                nullable: true,
                comment: "Outline of the district as a multipolygon in WGS 84 longitude/latitude (EPSG:4326), where a published one was loaded.");

            migrationBuilder.CreateIndex(
                name: "sub_district_boundary_idx",
                table: "sub_district",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "municipality_boundary_idx",
                table: "municipality",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");

            migrationBuilder.CreateIndex(
                name: "district_boundary_idx",
                table: "district",
                column: "boundary")
                .Annotation("Npgsql:IndexMethod", "gist");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "sub_district_boundary_idx",
                table: "sub_district");

            migrationBuilder.DropIndex(
                name: "municipality_boundary_idx",
                table: "municipality");

            migrationBuilder.DropIndex(
                name: "district_boundary_idx",
                table: "district");

            migrationBuilder.DropColumn(
                name: "boundary",
                table: "sub_district");

            migrationBuilder.DropColumn(
                name: "boundary",
                table: "municipality");

            migrationBuilder.DropColumn(
                name: "boundary",
                table: "district");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}

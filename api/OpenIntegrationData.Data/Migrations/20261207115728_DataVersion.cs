using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_version",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false, comment: "Always 1: the table holds a single row."),
                    version = table.Column<long>(type: "bigint", nullable: false, comment: "Raised by one with every committed import; starts at 1 with the first."),
                    changed_at = table.Column<Instant>(type: "timestamp with time zone", nullable: false, comment: "When the import that set this version committed (its transaction's start).")
                },
                constraints: table =>
                {
                    table.PrimaryKey("data_version_pkey", x => x.id);
                    table.CheckConstraint("data_version_id_check", "id = 1");
                    table.CheckConstraint("data_version_version_check", "version > 0");
                },
                comment: "The version of the data as a whole, in one row: every committed import raises it in its own transaction and notifies channel data_version, so servers drop answers they keep for the older data. Not part of the open data.");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_version");
        }
    }
}

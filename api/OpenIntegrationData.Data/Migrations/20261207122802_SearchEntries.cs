using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace OpenIntegrationData.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");

            migrationBuilder.CreateTable(
                name: "search_entry",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false, comment: "Surrogate key.")
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    node_type = table.Column<string>(type: "text", nullable: false, comment: "GraphQL type of the entity, e.g. \"Municipality\"."),
                    node_id = table.Column<long>(type: "bigint", nullable: false, comment: "Id of the entity in its own table."),
                    field = table.Column<string>(type: "text", nullable: false, comment: "GraphQL field the text comes from, e.g. \"name\"."),
                    field_order = table.Column<int>(type: "integer", nullable: false, comment: "Place of the field in the entity's list of searched fields; the earlier wins a tie."),
                    source_order = table.Column<int>(type: "integer", nullable: false, comment: "Place of the entity type in the search catalog; the earlier wins a tie."),
                    weight = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: false, comment: "Multiplies the score of this type's hits (1 unless the type is secondary)."),
                    language = table.Column<string>(type: "text", nullable: true, comment: "Language of a localised text (de or en); null for names, keys and codes."),
                    text = table.Column<string>(type: "text", nullable: false, comment: "The text as served."),
                    folded = table.Column<string>(type: "text", nullable: false, comment: "The text in lower case without accents, umlauts or ß, spaces collapsed."),
                    compact = table.Column<string>(type: "text", nullable: false, comment: "Only the letters and digits of the folded text."),
                    words = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, comment: "The folded text's words for full-text search, stemmed in its language (simple when it has none).")
                },
                constraints: table =>
                {
                    table.PrimaryKey("search_entry_pkey", x => x.id);
                    table.CheckConstraint("search_entry_field_check", "field <> ''");
                    table.CheckConstraint("search_entry_language_check", "language in ('de', 'en')");
                    table.CheckConstraint("search_entry_node_type_check", "node_type <> ''");
                },
                comment: "The searched texts of every entity, folded for search(text:); rewritten from the catalog by every import.");

            migrationBuilder.CreateIndex(
                name: "search_entry_compact_idx",
                table: "search_entry",
                column: "compact")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "search_entry_words_idx",
                table: "search_entry",
                column: "words")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_entry");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:postgis", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:postgis", ",,");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Search;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable(table => table.HasComment(
            "The searched texts of every entity, folded for search(text:); rewritten from the catalog by every import."));

        builder.Property(e => e.Id).HasComment("Surrogate key.");
        builder.Property(e => e.NodeType).NotEmpty().HasComment("GraphQL type of the entity, e.g. \"Municipality\".");
        builder.Property(e => e.NodeId).HasComment("Id of the entity in its own table.");
        builder.Property(e => e.Field).NotEmpty().HasComment("GraphQL field the text comes from, e.g. \"name\".");
        builder.Property(e => e.FieldOrder).HasComment("Place of the field in the entity's list of searched fields; the earlier wins a tie.");
        builder.Property(e => e.SourceOrder).HasComment("Place of the entity type in the search catalog; the earlier wins a tie.");
        builder.Property(e => e.Weight).HasPrecision(4, 3).HasComment("Multiplies the score of this type's hits (1 unless the type is secondary).");
        builder.Property(e => e.Language).OneOf(SearchLanguages.Codes)
            .HasComment($"Language of a localised text ({string.Join(" or ", SearchLanguages.Codes)}); null for names, keys and codes.");
        builder.Property(e => e.Text).HasComment("The text as served.");
        builder.Property(e => e.Folded).HasComment("The text in lower case without accents, umlauts or ß, spaces collapsed.");
        builder.Property(e => e.Compact).HasComment("Only the letters and digits of the folded text.");
        builder.Property(e => e.Words).HasComment("The folded text's words for full-text search, stemmed in its language (simple when it has none).");

        // Every match by substring contains the compact words, so trigrams of the compact text find them all
        // (like '%…%'); words are found through the text-search index.
        builder.HasIndex(e => e.Compact, "search_entry_compact_idx").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(e => e.Words, "search_entry_words_idx").HasMethod("gin");
    }
}

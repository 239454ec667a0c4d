using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenIntegrationData.Data.Model.Areas;

internal sealed class AreaMatchConfiguration : IEntityTypeConfiguration<AreaMatch>
{
    public void Configure(EntityTypeBuilder<AreaMatch> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "Which areas of a new division overlap which areas of the old one (Berlin's LOR 2006 and LOR 2021), so figures can be followed across the change.");
            table.HasCheckConstraint("area_match_check", "old_area_id <> new_area_id");
        });

        builder.Property(m => m.OldAreaId).HasComment("An area of the older division.");
        builder.Property(m => m.NewAreaId).HasComment("An area of the newer division that overlaps it.");

        builder.HasKey(m => new { m.OldAreaId, m.NewAreaId });
        builder.HasOne<Area>().WithMany().HasForeignKey(m => m.OldAreaId);
        builder.HasOne<Area>().WithMany().HasForeignKey(m => m.NewAreaId);
        builder.HasIndex(m => new { m.NewAreaId, m.OldAreaId }, "area_match_new_area_id_idx");
    }
}

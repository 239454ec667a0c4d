using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Areas;

internal sealed class LevelConfiguration : IEntityTypeConfiguration<Level>
{
    public void Configure(EntityTypeBuilder<Level> builder)
    {
        builder.ToTable("area_level", table =>
        {
            table.HasComment(
                "A named level of areas in one municipality, e.g. Berlin's Bezirke, Bezirksregionen (LOR 2006) and Planungsräume (LOR 2021), " +
                "or Köln's Stadtbezirke and Stadtteile. Areas of one level do not overlap.");
            table.HasCheckConstraint("area_level_check", "valid_until is null or valid_from is null or valid_until >= valid_from");
        });

        builder.Property(l => l.Id).HasComment("Surrogate key.");
        builder.Property(l => l.MunicipalityId).HasComment("The municipality whose areas the level divides.");
        builder.Property(l => l.Key).Matches(SourceConfiguration.KeyPattern)
            .HasComment("Stable short name, unique per municipality (e.g. \"bezirk\", \"planungsraum-lor2021\").");
        builder.Property(l => l.NameDe).NotEmpty().HasComment("Name of the level in German (e.g. \"Planungsraum (LOR 2021)\").");
        builder.Property(l => l.NameEn).NotEmpty().HasComment("Name of the level in English (e.g. \"Planning area (LOR 2021)\").");
        builder.Property(l => l.Depth).Between(1, 9)
            .HasComment("How far below the municipality the level lies: 1 directly below it, 2 below a level of depth 1, and so on.");
        builder.Property(l => l.ValidFrom).HasComment("First day the level's division was in force, when it has a start.");
        builder.Property(l => l.ValidUntil).HasComment("Last day the level's division was in force, when it has ended (LOR 2006: 2020-12-31).");
        builder.Property(l => l.DescriptionDe).HasComment("What the level is, in German.");
        builder.Property(l => l.DescriptionEn).HasComment("What the level is, in English.");
        builder.Property(l => l.SourceId).HasComment("Source that defines the level.");

        builder.HasAlternateKey(l => new { l.MunicipalityId, l.Key });
        // What areas point at, so an area's level belongs to the area's municipality.
        builder.HasAlternateKey(l => new { l.Id, l.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(l => l.MunicipalityId);
        builder.HasOne<Source>().WithMany().HasForeignKey(l => l.SourceId);
        builder.HasIndex(l => l.SourceId, "area_level_source_id_idx");
    }
}

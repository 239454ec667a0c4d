using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Sdg;

internal sealed class SdgGoalConfiguration : IEntityTypeConfiguration<SdgGoal>
{
    public void Configure(EntityTypeBuilder<SdgGoal> builder)
    {
        builder.ToTable(table => table.HasComment(
            "One of the 17 UN Sustainable Development Goals (SDGs) of the 2030 Agenda, e.g. goal 10 \"Reduced inequalities\"."));

        builder.Property(g => g.Id).HasComment("Surrogate key.");
        builder.Property(g => g.Number).Between(1, 17).HasComment("Goal number, 1 to 17.");
        builder.Property(g => g.TitleDe).NotEmpty().HasComment("Full goal title in German.");
        builder.Property(g => g.TitleEn).NotEmpty().HasComment("Full goal title in English.");
        builder.Property(g => g.ShortTitleDe).NotEmpty().HasComment("Short goal name in German (e.g. \"Keine Armut\").");
        builder.Property(g => g.ShortTitleEn).NotEmpty().HasComment("Short goal name in English (e.g. \"No poverty\").");
        builder.Property(g => g.ColourHex).Matches("#[0-9A-F]{6}").HasComment("The goal's colour in the UN SDG palette, as #RRGGBB.");
        builder.Property(g => g.SourceId).HasComment("Source of the titles.");

        builder.HasAlternateKey(g => g.Number);
        builder.HasOne<Source>().WithMany().HasForeignKey(g => g.SourceId);
        builder.HasIndex(g => g.SourceId, "sdg_goal_source_id_idx");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Sdg;

internal sealed class SdgTargetConfiguration : IEntityTypeConfiguration<SdgTarget>
{
    public void Configure(EntityTypeBuilder<SdgTarget> builder)
    {
        builder.ToTable(table => table.HasComment(
            "A target of an SDG goal (169 in all), e.g. 10.7 \"Facilitate orderly, safe, regular and responsible migration\"."));

        builder.Property(t => t.Id).HasComment("Surrogate key.");
        builder.Property(t => t.GoalId).HasComment("The goal this target belongs to.");
        builder.Property(t => t.Code).Matches(@"[0-9]{1,2}\.([0-9]{1,2}|[a-z])")
            .HasComment("Target code: goal number, dot, target number or letter (e.g. \"10.7\", \"16.b\").");
        builder.Property(t => t.SortOrder)
            .HasComment("Position in the official list; sorting by it puts 1.2 before 1.10 and numbered targets before lettered ones.");
        builder.Property(t => t.TitleDe).NotEmpty().HasComment("Target text in German.");
        builder.Property(t => t.TitleEn).NotEmpty().HasComment("Target text in English.");
        builder.Property(t => t.SourceId).HasComment("Source of the texts.");

        builder.HasAlternateKey(t => t.Code);
        builder.HasAlternateKey(t => t.SortOrder);
        builder.HasOne<SdgGoal>().WithMany().HasForeignKey(t => t.GoalId);
        builder.HasOne<Source>().WithMany().HasForeignKey(t => t.SourceId);
        builder.HasIndex(t => new { t.GoalId, t.SortOrder }, "sdg_target_goal_id_idx");
        builder.HasIndex(t => t.SourceId, "sdg_target_source_id_idx");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sdg;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeSdgTargetConfiguration : IEntityTypeConfiguration<ProgrammeSdgTarget>
{
    public void Configure(EntityTypeBuilder<ProgrammeSdgTarget> builder)
    {
        builder.ToTable(table => table.HasComment("SDG targets a programme contributes to."));
        builder.HasKey(l => new { l.ProgrammeId, l.TargetId });
        builder.Property(l => l.ProgrammeId).HasComment("The programme.");
        builder.Property(l => l.TargetId).HasComment("A target it contributes to.");
        builder.Property(l => l.AssignedBy).OneOf(ProgrammeSdgGoalConfiguration.AssignedBy)
            .HasComment("source when the city itself tags the programme with the target; project when the project assigned it by topic.");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId);
        builder.HasOne<SdgTarget>().WithMany().HasForeignKey(l => l.TargetId);
        builder.HasIndex(l => new { l.TargetId, l.ProgrammeId }, "programme_sdg_target_target_id_idx");
    }
}

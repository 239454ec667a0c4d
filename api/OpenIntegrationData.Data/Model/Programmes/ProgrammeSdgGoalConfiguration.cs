using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sdg;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeSdgGoalConfiguration : IEntityTypeConfiguration<ProgrammeSdgGoal>
{
    /// <summary>Who tied a programme to a goal or target: the city itself, or the project by topic.</summary>
    internal static readonly string[] AssignedBy = ["source", "project"];

    public void Configure(EntityTypeBuilder<ProgrammeSdgGoal> builder)
    {
        builder.ToTable(table => table.HasComment("SDG goals a programme contributes to."));
        builder.HasKey(l => new { l.ProgrammeId, l.GoalId });
        builder.Property(l => l.ProgrammeId).HasComment("The programme.");
        builder.Property(l => l.GoalId).HasComment("A goal it contributes to.");
        builder.Property(l => l.AssignedBy).OneOf(AssignedBy)
            .HasComment("source when the city itself tags the programme with the goal; project when the project assigned it by topic.");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId);
        builder.HasOne<SdgGoal>().WithMany().HasForeignKey(l => l.GoalId);
        builder.HasIndex(l => new { l.GoalId, l.ProgrammeId }, "programme_sdg_goal_goal_id_idx");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeTargetGroupConfiguration : IEntityTypeConfiguration<ProgrammeTargetGroup>
{
    public void Configure(EntityTypeBuilder<ProgrammeTargetGroup> builder)
    {
        builder.ToTable(table => table.HasComment("Groups of people a programme is meant for."));
        builder.HasKey(l => new { l.ProgrammeId, l.TargetGroup });
        builder.Property(l => l.ProgrammeId).HasComment("The programme.");
        builder.Property(l => l.TargetGroup)
            .OneOf(
                "all_residents", "newcomers", "adult_immigrants", "young_immigrants", "refugees", "families", "women", "children",
                "older_people", "employers", "civil_society", "administration")
            .HasComment(
                "all_residents, newcomers, adult_immigrants, young_immigrants, refugees, families, women, children, older_people, " +
                "employers, civil_society or administration (staff of public bodies).");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId);
        builder.HasIndex(l => new { l.TargetGroup, l.ProgrammeId }, "programme_target_group_target_group_idx");
    }
}

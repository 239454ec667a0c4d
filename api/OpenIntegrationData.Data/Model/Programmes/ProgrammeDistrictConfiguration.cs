using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Places;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeDistrictConfiguration : IEntityTypeConfiguration<ProgrammeDistrict>
{
    public void Configure(EntityTypeBuilder<ProgrammeDistrict> builder)
    {
        builder.ToTable(table => table.HasComment(
            "Which districts (Stadtbezirke) a programme serves. A programme without rows here serves its whole municipality."));
        builder.HasKey(l => new { l.ProgrammeId, l.DistrictId });
        builder.Property(l => l.ProgrammeId).HasComment("The programme.");
        builder.Property(l => l.DistrictId).HasComment("A district it serves.");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId);
        builder.HasOne<District>().WithMany().HasForeignKey(l => l.DistrictId);
        builder.HasIndex(l => new { l.DistrictId, l.ProgrammeId }, "programme_district_district_id_idx");
    }
}

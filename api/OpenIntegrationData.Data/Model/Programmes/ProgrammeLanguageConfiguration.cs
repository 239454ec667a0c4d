using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeLanguageConfiguration : IEntityTypeConfiguration<ProgrammeLanguage>
{
    public void Configure(EntityTypeBuilder<ProgrammeLanguage> builder)
    {
        builder.ToTable(table => table.HasComment("Languages a programme is offered in."));
        builder.HasKey(l => new { l.ProgrammeId, l.LanguageCode });
        builder.Property(l => l.ProgrammeId).HasComment("The programme.");
        builder.Property(l => l.LanguageCode).Matches("[a-z]{2,3}")
            .HasComment("ISO 639-1 (or 639-3 where no two-letter code exists) language code, e.g. \"ar\", \"tr\", \"uk\".");
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeId);
        builder.HasIndex(l => new { l.LanguageCode, l.ProgrammeId }, "programme_language_language_code_idx");
    }
}

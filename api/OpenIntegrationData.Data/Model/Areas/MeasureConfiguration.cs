using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Areas;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable(table => table.HasComment(
            "What a figure counts and how: residents registered on a reference date, the annual mean population, foreigners in the " +
            "foreigners' register, residents with a migration background by origin. Figures of different measures are never added up."));

        builder.Property(m => m.Id).HasComment("Surrogate key.");
        builder.Property(m => m.Key).Matches(SourceConfiguration.KeyPattern).HasComment("Stable short name used by the CSV files (e.g. \"residents\").");
        builder.Property(m => m.NameDe).NotEmpty().HasComment("Name in German.");
        builder.Property(m => m.NameEn).NotEmpty().HasComment("Name in English.");
        builder.Property(m => m.DescriptionDe).HasComment("What is counted, by whom and how, in German.");
        builder.Property(m => m.DescriptionEn).HasComment("What is counted, by whom and how, in English.");
        builder.Property(m => m.UnitDe).NotEmpty().HasComment("Unit of the figures in German (e.g. \"Personen\").");
        builder.Property(m => m.UnitEn).NotEmpty().HasComment("Unit of the figures in English (e.g. \"persons\").");
        builder.Property(m => m.Kind).OneOf("count", "mean").HasComment("count (people counted on a reference date) or mean (a mean over the period).");
        builder.Property(m => m.SourceId).HasComment("Source that defines the measure, where one does.");

        builder.HasAlternateKey(m => m.Key);
        builder.HasOne<Source>().WithMany().HasForeignKey(m => m.SourceId);
        builder.HasIndex(m => m.SourceId, "measure_source_id_idx");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Places;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable(table => table.HasComment(
            "A German municipality (Gemeinde), e.g. Düsseldorf, identified by its official municipality key (AGS)."));

        builder.Property(m => m.Id).HasComment("Surrogate key.");
        builder.Property(m => m.Ags).HasColumnType("character(8)").Matches("[0-9]{8}")
            .HasComment("Official municipality key (Amtlicher Gemeindeschlüssel, AGS), 8 digits (e.g. \"05111000\" for Düsseldorf).");
        builder.Property(m => m.Name).NotEmpty().HasComment("Common name (e.g. \"Düsseldorf\").");
        builder.Property(m => m.OfficialName).HasComment("Name as listed by the statistics office (e.g. \"Düsseldorf, Stadt\").");
        builder.Property(m => m.State).NotEmpty().HasComment("Federal state (Land), e.g. \"Nordrhein-Westfalen\".");
        builder.Property(m => m.Type).NotEmpty().HasComment("Administrative type, e.g. \"kreisfreie Stadt\" (city not part of a county).");
        builder.Property(m => m.AreaKm2).HasPrecision(10, 3).AboveZero().HasComment("Area in square kilometres, where known.");
        PlaceColumns.ConfigurePopulation(builder, "Number of residents at the reference year/date, where a published figure exists.");
        PlaceColumns.ConfigureBoundary(builder, "municipality");
        PlaceColumns.ConfigureOutlineFacts(builder);
        builder.Property(m => m.SourceId).HasComment("Source of key, name and type.");

        builder.HasAlternateKey(m => m.Ags);
        builder.HasIndex(m => m.Name, "municipality_name_idx");
        builder.HasIndex(m => m.State, "municipality_state_idx");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Places;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.ToTable(table => table.HasComment(
            "A city district (Stadtbezirk) of a municipality, e.g. Düsseldorf's Stadtbezirk 3 or Köln's Innenstadt. Districts have their own council (Bezirksvertretung)."));

        builder.Property(d => d.Id).HasComment("Surrogate key.");
        builder.Property(d => d.MunicipalityId).HasComment("The municipality the district belongs to.");
        builder.Property(d => d.Name).NotEmpty()
            .HasComment("Name of the district, unique within its municipality (Düsseldorf's districts are only numbered and are called \"Stadtbezirk 1\" … \"Stadtbezirk 10\").");
        builder.Property(d => d.Number).Matches("[0-9]{1,3}")
            .HasComment("Official district number as the city publishes it (e.g. \"3\" in Düsseldorf, \"001\" in Köln); empty when not published in a source we have.");
        builder.Property(d => d.SortOrder).HasComment("Position of the district in its city's official order.");
        builder.Property(d => d.AreaKm2).HasPrecision(10, 3).AboveZero().HasComment("Area in square kilometres, where published.");
        builder.Property(d => d.AreaReferenceYear).Between(PlaceColumns.FirstYear, PlaceColumns.LastYear).HasComment("Year the area figure refers to.");
        PlaceColumns.ConfigurePopulation(
            builder, "Number of residents at the reference year/date, where a published figure exists (the latest one we have).");
        PlaceColumns.ConfigureBoundary(builder, "district");
        builder.Property(d => d.SourceId).HasComment("Source that lists the district.");

        builder.HasAlternateKey(d => new { d.MunicipalityId, d.Name });
        // Unique where given; the baseline migration makes it a UNIQUE constraint (a key cannot be empty).
        builder.HasIndex(d => new { d.MunicipalityId, d.Number }, "district_municipality_id_number_key").IsUnique();
        // What sub-districts and observations point at, so their district lies in their municipality.
        builder.HasAlternateKey(d => new { d.Id, d.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(d => d.MunicipalityId);
        builder.HasIndex(d => new { d.MunicipalityId, d.SortOrder }, "district_municipality_id_sort_idx");
        builder.HasIndex(d => d.Name, "district_name_idx");
        builder.Property(d => d.AreaId).HasComment("The same district as an area on the level \"stadtbezirk\" (kept in step automatically).");
        builder.HasOne<Area>().WithMany().HasForeignKey(d => d.AreaId);
        builder.HasIndex(d => d.AreaId, "district_area_id_key").IsUnique();
    }
}

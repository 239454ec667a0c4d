using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Building;

namespace OpenIntegrationData.Data.Model.Places;

internal sealed class SubDistrictConfiguration : IEntityTypeConfiguration<SubDistrict>
{
    public void Configure(EntityTypeBuilder<SubDistrict> builder)
    {
        builder.ToTable(table => table.HasComment("A quarter (Stadtteil) inside a city district, e.g. Flingern-Süd in Düsseldorf's Stadtbezirk 2."));

        builder.Property(s => s.Id).HasComment("Surrogate key.");
        builder.Property(s => s.MunicipalityId).HasComment("The municipality the sub-district belongs to.");
        builder.Property(s => s.DistrictId).HasComment("The district (Stadtbezirk) the sub-district lies in.");
        builder.Property(s => s.Name).NotEmpty().HasComment("Name of the sub-district, unique within its municipality.");
        builder.Property(s => s.Number).Matches("[0-9]{1,4}")
            .HasComment("Official sub-district number as the city publishes it (e.g. \"022\" in Düsseldorf, \"101\" in Köln); empty when not found in a public source.");
        builder.Property(s => s.SortOrder).HasComment("Position in the city's official order.");
        builder.Property(s => s.AreaKm2).HasPrecision(10, 3).AboveZero().HasComment("Area in square kilometres, where published.");
        builder.Property(s => s.AreaReferenceYear).Between(PlaceColumns.FirstYear, PlaceColumns.LastYear).HasComment("Year the area figure refers to.");
        PlaceColumns.ConfigurePopulation(
            builder, "Number of residents at the reference year/date, where a published figure exists (the latest one we have).");
        PlaceColumns.ConfigureBoundary(builder, "sub-district");
        builder.Property(s => s.SourceId).HasComment("Source that lists the sub-district.");

        builder.HasAlternateKey(s => new { s.DistrictId, s.Name });
        builder.HasAlternateKey(s => new { s.MunicipalityId, s.Name });
        // Unique where given; the baseline migration makes it a UNIQUE constraint (a key cannot be empty).
        builder.HasIndex(s => new { s.MunicipalityId, s.Number }, "sub_district_municipality_id_number_key").IsUnique();
        // What observations point at, so their sub-district lies in their district.
        builder.HasAlternateKey(s => new { s.Id, s.DistrictId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(s => s.MunicipalityId);
        // The sub-district lies in a district of the same municipality.
        builder.HasOne<District>().WithMany()
            .HasForeignKey(s => new { s.DistrictId, s.MunicipalityId })
            .HasPrincipalKey(d => new { d.Id, d.MunicipalityId });
        builder.HasIndex(s => new { s.DistrictId, s.SortOrder }, "sub_district_district_id_sort_idx");
        builder.HasIndex(s => s.MunicipalityId, "sub_district_municipality_id_idx");
        builder.HasIndex(s => s.Name, "sub_district_name_idx");
        builder.Property(s => s.AreaId).HasComment("The same quarter as an area on the level \"stadtteil\" (kept in step automatically).");
        builder.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId);
        builder.HasIndex(s => s.AreaId, "sub_district_area_id_key").IsUnique();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Areas;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "An area of a municipality on one of its levels, e.g. Berlin's Bezirk Mitte (code \"01\") or Köln's Stadtteil Altstadt-Süd, " +
                "with its official code, the area it lies in, the time its division was in force and its boundary.");
            table.HasCheckConstraint("area_check", "parent_id is distinct from id");
            table.HasCheckConstraint("area_check1", "valid_until is null or valid_from is null or valid_until >= valid_from");
        });

        builder.Property(a => a.Id).HasComment("Surrogate key.");
        builder.Property(a => a.MunicipalityId).HasComment("The municipality the area belongs to.");
        builder.Property(a => a.LevelId).HasComment("The level the area is on.");
        builder.Property(a => a.Code).Matches(@"\S(.*\S)?")
            .HasComment("Official code as the city publishes it, with leading zeros (e.g. Berlin LOR \"01100101\"); the name where no code is published.");
        builder.Property(a => a.Name).NotEmpty().HasComment("Name of the area, where known.");
        builder.Property(a => a.ParentId).HasComment("The area this one lies in; empty when it lies directly in the municipality.");
        builder.Property(a => a.ValidFrom).HasComment("First day the area existed in this form, when known.");
        builder.Property(a => a.ValidUntil).HasComment("Last day the area existed in this form, when it has ended.");
        builder.Property(a => a.SortOrder).HasComment("Position in the city's official order, where there is one.");
        builder.Property(a => a.AreaKm2).HasPrecision(10, 3).AboveZero().HasComment("Area in square kilometres, where published.");
        PlaceColumns.ConfigureBoundary(builder, "area");
        PlaceColumns.ConfigureOutlineFacts(builder);
        builder.Property(a => a.SourceId).HasComment("Source that lists the area.");

        builder.HasAlternateKey(a => new { a.LevelId, a.Code });
        // What children and observations point at, so they lie in the area's municipality.
        builder.HasAlternateKey(a => new { a.Id, a.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(a => a.MunicipalityId);
        builder.HasOne<Level>().WithMany()
            .HasForeignKey(a => new { a.LevelId, a.MunicipalityId })
            .HasPrincipalKey(l => new { l.Id, l.MunicipalityId });
        builder.HasOne<Area>().WithMany()
            .HasForeignKey(a => new { a.ParentId, a.MunicipalityId })
            .HasPrincipalKey(p => new { p.Id, p.MunicipalityId });
        builder.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId);
        builder.HasIndex(a => new { a.MunicipalityId, a.LevelId }, "area_municipality_id_idx");
        builder.HasIndex(a => new { a.ParentId, a.SortOrder }, "area_parent_id_idx");
        builder.HasIndex(a => a.SourceId, "area_source_id_idx");
    }
}

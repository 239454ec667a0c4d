using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>The ancestors view: the migration AreasAndMeasures creates it in SQL; the model only reads it.</summary>
internal sealed class AreaAncestorConfiguration : IEntityTypeConfiguration<AreaAncestor>
{
    public void Configure(EntityTypeBuilder<AreaAncestor> builder)
    {
        builder.ToView("area_ancestor");
        builder.HasKey(a => new { a.AreaId, a.AncestorId });
        builder.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaId);
        builder.HasOne<Area>().WithMany().HasForeignKey(a => a.AncestorId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment("That a municipality belongs to a network, signed a charter or holds a campaign title, and since when.");
            table.HasCheckConstraint("membership_check", "joined_on is null or (joined_year is not null and extract(year from joined_on) = joined_year)");
            table.HasCheckConstraint("membership_check1", "left_on is null or joined_on is null or left_on >= joined_on");
        });

        builder.Property(m => m.Id).HasComment("Surrogate key.");
        builder.Property(m => m.MunicipalityId).HasComment("The municipality.");
        builder.Property(m => m.NetworkId).HasComment("The network, charter or campaign.");
        builder.Property(m => m.Role).OneOf("member", "signatory", "certified", "partner")
            .HasComment("member (of a network), signatory (of a charter), certified (holds a campaign title) or partner.");
        builder.Property(m => m.JoinedYear).Between(PlaceColumns.FirstYear, PlaceColumns.LastYear).HasComment("Year the municipality joined, when known.");
        builder.Property(m => m.JoinedOn).HasComment("Exact day the municipality joined, when known.");
        builder.Property(m => m.LeftOn).HasComment("Day the municipality left, when it has left.");
        builder.Property(m => m.SourceId).HasComment("Source of the membership fact.");
        builder.Property(m => m.Note).HasComment("Remarks on the membership.");

        builder.HasAlternateKey(m => new { m.MunicipalityId, m.NetworkId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId);
        builder.HasOne<Network>().WithMany().HasForeignKey(m => m.NetworkId);
        builder.HasOne<Source>().WithMany().HasForeignKey(m => m.SourceId);
        builder.HasIndex(m => new { m.NetworkId, m.MunicipalityId }, "membership_network_id_idx");
        builder.HasIndex(m => m.SourceId, "membership_source_id_idx");
    }
}

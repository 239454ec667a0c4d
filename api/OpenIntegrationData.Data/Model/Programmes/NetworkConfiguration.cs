using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.ToTable(table => table.HasComment(
            "A network, charter or campaign that municipalities join, e.g. Eurocities, the Integrating Cities Charter or Fairtrade Towns."));

        builder.Property(n => n.Id).HasComment("Surrogate key.");
        builder.Property(n => n.Key).Matches(SourceConfiguration.KeyPattern).HasComment("Stable short name used by the CSV files (e.g. \"eurocities\").");
        builder.Property(n => n.NameDe).NotEmpty().HasComment("Name in German.");
        builder.Property(n => n.NameEn).NotEmpty().HasComment("Name in English.");
        builder.Property(n => n.DescriptionDe).HasComment("What the network does, in German.");
        builder.Property(n => n.DescriptionEn).HasComment("What the network does, in English.");
        builder.Property(n => n.Kind).OneOf("city_network", "charter", "campaign", "association")
            .HasComment("city_network (an organisation of cities), charter (a commitment cities sign), campaign (a title cities earn) or association.");
        builder.Property(n => n.Scope).OneOf("world", "europe", "germany", "state").HasComment("Where its members come from: world, europe, germany or state.");
        builder.Property(n => n.FoundedYear).Between(PlaceColumns.FirstYear, PlaceColumns.LastYear).HasComment("Year the network was founded or the charter launched.");
        builder.Property(n => n.Url).BeginsWith(SourceConfiguration.UrlScheme).HasComment("Web page of the network.");
        builder.Property(n => n.SourceId).HasComment("Source of the facts about the network.");

        builder.HasAlternateKey(n => n.Key);
        builder.HasOne<Source>().WithMany().HasForeignKey(n => n.SourceId);
        builder.HasIndex(n => n.Kind, "network_kind_idx");
        builder.HasIndex(n => n.SourceId, "network_source_id_idx");
    }
}

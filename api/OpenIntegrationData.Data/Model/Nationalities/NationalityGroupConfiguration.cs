using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Nationalities;

internal sealed class NationalityGroupConfiguration : IEntityTypeConfiguration<NationalityGroup>
{
    public void Configure(EntityTypeBuilder<NationalityGroup> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "A group of nationalities as a statistics office reports it, e.g. \"Europäische Union\", \"Afrika\", \"Übriges Europa\" or \"all foreign nationals\". " +
                "Groups are not countries; their exact membership is as defined by the publishing office at the time. " +
                "Also holds the Destatis nationality codes that have no ISO country (former states, \"staatenlos\", \"ungeklärt\").");
            table.HasCheckConstraint("nationality_group_check", "kind <> 'single_country' or nationality_id is not null");
        });

        builder.Property(g => g.Id).HasComment("Surrogate key.");
        builder.Property(g => g.Key).Matches("[a-z0-9][a-z0-9_-]*").HasComment("Stable short name used by the CSV files (e.g. \"koeln-eu\").");
        builder.Property(g => g.Kind).OneOf("all_foreign", "union", "continent", "single_country", "residual", "statistical_code", "origin")
            .HasComment(
                "all_foreign (every non-German nationality), union (e.g. the EU), continent, single_country (a group that is one country, e.g. \"Türkei\"), " +
                "residual (\"other\"/\"rest of Europe\"), statistical_code (a Destatis code without ISO country, e.g. \"staatenlos\"), " +
                "origin (an origin of people with a migration background, not a citizenship; origin groups may contain each other).");
        builder.Property(g => g.NameDe).NotEmpty().HasComment("Name in German as published.");
        builder.Property(g => g.NameEn).NotEmpty().HasComment("Name in English.");
        builder.Property(g => g.DescriptionDe).HasComment("What the group contains, in German.");
        builder.Property(g => g.DescriptionEn).HasComment("What the group contains, in English.");
        builder.Property(g => g.NationalityId).HasComment("The one country of a single_country group.");
        builder.Property(g => g.DestatisCode).HasColumnType("character(3)").Matches(NationalityConfiguration.DestatisCodePattern)
            .HasComment("Destatis nationality code for statistical_code groups.");
        builder.Property(g => g.SourceId).HasComment("Source that defines the group.");

        builder.HasAlternateKey(g => g.Key);
        // Unique where given; the baseline migration makes it a UNIQUE constraint (a key cannot be empty).
        builder.HasIndex(g => g.DestatisCode, "nationality_group_destatis_code_key").IsUnique();
        builder.HasOne<Nationality>().WithMany().HasForeignKey(g => g.NationalityId);
        builder.HasOne<Source>().WithMany().HasForeignKey(g => g.SourceId);
        builder.HasIndex(g => g.NationalityId, "nationality_group_nationality_id_idx");
        builder.HasIndex(g => g.SourceId, "nationality_group_source_id_idx");
        builder.HasIndex(g => g.Kind, "nationality_group_kind_idx");
    }
}

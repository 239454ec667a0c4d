using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Programmes;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "An integration measure or service that a municipality runs or funds: counselling, language courses, WelcomePoints, " +
                "health, housing, participation, anti-discrimination, international partnership, the offices and strategies behind them.");
            table.HasCheckConstraint("programme_check", "end_date is null or start_date is null or end_date >= start_date");
        });

        builder.Property(p => p.Id).HasComment("Surrogate key.");
        builder.Property(p => p.Key).Matches(SourceConfiguration.KeyPattern)
            .HasComment("Stable short name used by the CSV files (e.g. \"duesseldorf-welcome-point-3\").");
        builder.Property(p => p.MunicipalityId).HasComment("The municipality that runs or funds the programme.");
        builder.Property(p => p.NameDe).NotEmpty().HasComment("Name in German.");
        builder.Property(p => p.NameEn).NotEmpty().HasComment("Name in English.");
        builder.Property(p => p.DescriptionDe).HasComment("What the programme does, in German.");
        builder.Property(p => p.DescriptionEn).HasComment("What the programme does, in English.");
        builder.Property(p => p.Provider).NotEmpty().HasComment("Who provides it (city office, welfare association, …).");
        builder.Property(p => p.Category)
            .OneOf(
                "language_course", "counselling", "welcome_point", "health", "housing", "education", "labour_market", "participation",
                "anti_discrimination", "international_partnership", "administration", "strategy")
            .HasComment(
                "Kind of measure: language_course, counselling, welcome_point, health, housing, education, labour_market, participation, " +
                "anti_discrimination, international_partnership, administration (an office) or strategy (a concept or plan).");
        builder.Property(p => p.Status).OneOf("planned", "active", "closed").HasComment("planned, active or closed.");
        builder.Property(p => p.StartDate).HasComment("Day the programme started or was adopted, when known.");
        builder.Property(p => p.EndDate).HasComment("Day the programme ended, when it has ended.");
        builder.Property(p => p.Url).BeginsWith(SourceConfiguration.UrlScheme).HasComment("Web page of the programme.");
        builder.Property(p => p.SourceId).HasComment("Source of the facts about the programme.");

        builder.HasAlternateKey(p => p.Key);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId);
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId);
        builder.HasIndex(p => new { p.MunicipalityId, p.NameEn }, "programme_municipality_id_idx");
        builder.HasIndex(p => p.Category, "programme_category_idx");
        builder.HasIndex(p => p.Status, "programme_status_idx");
        builder.HasIndex(p => p.StartDate, "programme_start_date_idx");
        builder.HasIndex(p => p.SourceId, "programme_source_id_idx");
    }
}

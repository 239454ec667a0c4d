using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Nationalities;

internal sealed class NationalityConfiguration : IEntityTypeConfiguration<Nationality>
{
    /// <summary>Three-digit nationality code of the Federal Statistical Office.</summary>
    internal const string DestatisCodePattern = "[0-9]{3}";

    public void Configure(EntityTypeBuilder<Nationality> builder)
    {
        builder.ToTable(table => table.HasComment("A country or territory in ISO 3166-1, seen as a nationality (citizenship) of residents."));

        builder.Property(n => n.Id).HasComment("Surrogate key.");
        builder.Property(n => n.Alpha2).HasColumnType("character(2)").Matches("[A-Z]{2}").HasComment("ISO 3166-1 alpha-2 code (e.g. \"TR\").");
        builder.Property(n => n.Alpha3).HasColumnType("character(3)").Matches("[A-Z]{3}").HasComment("ISO 3166-1 alpha-3 code (e.g. \"TUR\").");
        builder.Property(n => n.NumericCode).HasColumnType("character(3)").Matches("[0-9]{3}")
            .HasComment("ISO 3166-1 numeric code, three digits with leading zeros (e.g. \"792\").");
        builder.Property(n => n.NameDe).NotEmpty().HasComment("Short name in German (e.g. \"Türkei\").");
        builder.Property(n => n.NameEn).NotEmpty().HasComment("Short name in English (e.g. \"Türkiye\").");
        builder.Property(n => n.OfficialNameDe).HasComment("Official long name in German, where ISO gives one.");
        builder.Property(n => n.OfficialNameEn).HasComment("Official long name in English, where ISO gives one.");
        builder.Property(n => n.CommonNameDe).HasComment("Commonly used name in German, where it differs from the short name.");
        builder.Property(n => n.CommonNameEn).HasComment("Commonly used name in English, where it differs from the short name.");
        builder.Property(n => n.IsEuMember).HasComment("True for the 27 member states of the European Union (as of 1 February 2020).");
        builder.Property(n => n.RegionDe)
            .HasComment("Continent group of the German Federal Statistical Office (Destatis) in German (e.g. \"Europa\", \"Afrika\"); empty for territories without a Destatis code.");
        builder.Property(n => n.RegionEn).HasComment("The same continent group in English (e.g. \"Europe\", \"Africa\").");
        builder.Property(n => n.DestatisCode).HasColumnType("character(3)").Matches(DestatisCodePattern)
            .HasComment("Three-digit nationality code of the German Federal Statistical Office (Destatis), where one exists.");
        builder.Property(n => n.SourceId).HasComment("Source of codes and names.");

        builder.HasAlternateKey(n => n.Alpha2);
        builder.HasAlternateKey(n => n.Alpha3);
        builder.HasAlternateKey(n => n.NumericCode);
        // Unique where given; the baseline migration makes it a UNIQUE constraint (a key cannot be empty).
        builder.HasIndex(n => n.DestatisCode, "nationality_destatis_code_key").IsUnique();
        builder.HasOne<Source>().WithMany().HasForeignKey(n => n.SourceId);
        builder.HasIndex(n => n.RegionEn, "nationality_region_en_idx");
        builder.HasIndex(n => n.IsEuMember, "nationality_is_eu_member_idx");
        builder.HasIndex(n => n.SourceId, "nationality_source_id_idx");
        builder.HasIndex(n => n.NameEn, "nationality_name_en_idx");
        builder.HasIndex(n => n.NameDe, "nationality_name_de_idx");
    }
}

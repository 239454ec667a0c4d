using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Places;

namespace OpenIntegrationData.Data.Model.Observations;

/// <summary>The area path of an observation, configured once: composite foreign keys keep it consistent.</summary>
internal static class AreaPathColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : class, IAreaPath
    {
        var table = PostgresNames.TableOf(builder.Metadata);
        builder.ToTable(t => t.HasCheckConstraint($"{table}_check", "sub_district_id is null or district_id is not null"));

        builder.Property(o => o.AreaLevel).HasComputedColumnSql(
            """
            case
                when sub_district_id is not null then 'sub_district'
                when district_id is not null then 'district'
                when area_id is not null then 'area'
                else 'municipality'
            end
            """,
            stored: true);

        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId);
        // The district lies in the municipality, the sub-district in the district.
        builder.HasOne<District>().WithMany()
            .HasForeignKey(o => new { o.DistrictId, o.MunicipalityId })
            .HasPrincipalKey(d => new { d.Id, d.MunicipalityId });
        builder.HasOne<SubDistrict>().WithMany()
            .HasForeignKey(o => new { o.SubDistrictId, o.DistrictId })
            .HasPrincipalKey(s => new { s.Id, s.DistrictId });
        // The area lies in the municipality.
        builder.HasOne<Area>().WithMany()
            .HasForeignKey(o => new { o.AreaId, o.MunicipalityId })
            .HasPrincipalKey(a => new { a.Id, a.MunicipalityId });
    }
}

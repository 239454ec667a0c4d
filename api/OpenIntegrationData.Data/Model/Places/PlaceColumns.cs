using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Places;

/// <summary>Columns municipalities, districts and sub-districts share, configured once.</summary>
internal static class PlaceColumns
{
    /// <summary>The first and last year a figure may refer to.</summary>
    internal const int FirstYear = 1800;
    internal const int LastYear = 2100;

    /// <summary>The population figure with its year, reference date and source, and the rules that tie them together.</summary>
    public static void ConfigurePopulation<T>(EntityTypeBuilder<T> builder, string populationComment)
        where T : class, IPopulationFigure
    {
        var table = PostgresNames.TableOf(builder.Metadata);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint($"{table}_check", "(population is null) = (population_year is null)");
            t.HasCheckConstraint($"{table}_check1", "(population is null) = (population_source_id is null)");
            t.HasCheckConstraint(
                $"{table}_check2",
                "population_reference_date is null or (population_year is not null and extract(year from population_reference_date) = population_year)");
        });

        builder.Property(p => p.Population).AtLeast(0).HasComment(populationComment);
        builder.Property(p => p.PopulationYear).Between(FirstYear, LastYear).HasComment("Year the population figure refers to.");
        builder.Property(p => p.PopulationReferenceDate).HasComment("Exact reference date of the population figure, when the source gives one.");
        builder.Property(p => p.PopulationSourceId).HasComment("Source of the population figure.");
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.PopulationSourceId);
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.SourceId);
        builder.HasIndex(p => p.PopulationSourceId, $"{table}_population_source_id_idx");
        builder.HasIndex(p => p.SourceId, $"{table}_source_id_idx");
    }

    /// <summary>The outline as a PostGIS multipolygon in WGS 84, with a spatial (GiST) index for map queries.</summary>
    public static void ConfigureBoundary<T>(EntityTypeBuilder<T> builder, string what)
        where T : class, IBoundary
    {
        var table = PostgresNames.TableOf(builder.Metadata);
        builder.Property(p => p.Boundary)
            .HasColumnType($"geometry(MultiPolygon, {Wgs84})")
            .HasComment($"Outline of the {what} as a multipolygon in WGS 84 longitude/latitude (EPSG:4326), where a published one was loaded.");
        builder.HasIndex(p => p.Boundary, $"{table}_boundary_idx").HasMethod("gist");
    }

    /// <summary>
    /// The facts of a loaded outline: its source, and — generated from the outline, so they never disagree with it — its
    /// area in km² measured on the WGS 84 ellipsoid (PostGIS 3.3's spherical shortcut was off by up to 19 % for small Köln
    /// Stadtteile) and ST_PointOnSurface, a point certain to lie inside it (a centroid may not). The importer repairs
    /// outlines (ST_MakeValid), and a check keeps every stored one valid.
    /// </summary>
    public static void ConfigureOutlineFacts<T>(EntityTypeBuilder<T> builder)
        where T : class, IMappedOutline
    {
        var table = PostgresNames.TableOf(builder.Metadata);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint($"{table}_boundary_valid", "boundary is null or st_isvalid(boundary)");
            t.HasCheckConstraint($"{table}_boundary_source", "(boundary is null) = (boundary_source_id is null)");
        });
        builder.Property(p => p.BoundarySourceId).HasComment("Source of the outline.");
        builder.HasOne<Source>().WithMany().HasForeignKey(p => p.BoundarySourceId);
        builder.HasIndex(p => p.BoundarySourceId, $"{table}_boundary_source_id_idx");
        builder.Property(p => p.BoundaryAreaKm2)
            .HasComputedColumnSql("st_area(boundary::geography) / 1e6", stored: true)
            .HasComment("Area inside the outline in km², measured on the Earth's surface (WGS 84 ellipsoid).");
        builder.Property(p => p.RepresentativePoint)
            .HasColumnType($"geometry(Point, {Wgs84})")
            .HasComputedColumnSql("st_pointonsurface(boundary)", stored: true)
            .HasComment("A point inside the outline (ST_PointOnSurface), e.g. for a label.");
    }

    /// <summary>The spatial reference system of every geometry: WGS 84 longitude/latitude, as GeoJSON uses.</summary>
    public const int Wgs84 = 4326;
}

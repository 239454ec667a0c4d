using NodaTime;

namespace OpenIntegrationData.Data.Model.Observations;

/// <summary>How many residents of an area belong to a group at a point in time (table <c>population_observation</c>).</summary>
public sealed class PopulationObservation : IAreaPath
{
    public long Id { get; set; }

    public long MunicipalityId { get; set; }

    public long? DistrictId { get; set; }

    public long? SubDistrictId { get; set; }

    public string AreaLevel { get; set; } = null!;

    public long? NationalityId { get; set; }

    public long? NationalityGroupId { get; set; }

    public required string MigrationCategory { get; set; }

    public string? Sex { get; set; }

    public string? AgeGroup { get; set; }

    public short Year { get; set; }

    public LocalDate? ReferenceDate { get; set; }

    public int Persons { get; set; }

    public long SourceId { get; set; }

    public bool IsIllustrative { get; set; }

    public string? Note { get; set; }

    public long? AreaId { get; set; }

    public long MeasureId { get; set; }

    public string Period { get; set; } = "year";

    public decimal Value { get; set; }
}

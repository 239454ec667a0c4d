using NodaTime;

namespace OpenIntegrationData.Data.Model.Observations;

/// <summary>A value of an indicator for an area and year (table <c>indicator_observation</c>).</summary>
public sealed class IndicatorObservation : IAreaPath
{
    public long Id { get; set; }

    public long IndicatorId { get; set; }

    public long MunicipalityId { get; set; }

    public long? DistrictId { get; set; }

    public long? SubDistrictId { get; set; }

    public string AreaLevel { get; set; } = null!;

    public short Year { get; set; }

    public LocalDate? ReferenceDate { get; set; }

    public decimal Value { get; set; }

    public required string Unit { get; set; }

    public string? Disaggregation { get; set; }

    public required string Status { get; set; }

    public long SourceId { get; set; }

    public bool IsIllustrative { get; set; }

    public string? Note { get; set; }

    public long? AreaId { get; set; }
}

using NodaTime;

namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>An integration measure or service a municipality runs or funds (table <c>programme</c>).</summary>
public sealed class Programme
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public long MunicipalityId { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public required string Provider { get; set; }

    public required string Category { get; set; }

    public required string Status { get; set; }

    public LocalDate? StartDate { get; set; }

    public LocalDate? EndDate { get; set; }

    public string? Url { get; set; }

    public long SourceId { get; set; }
}

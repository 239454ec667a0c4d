using NodaTime;

namespace OpenIntegrationData.Data.Model.Sources;

/// <summary>A publication that figures and texts come from (table <c>source</c>).</summary>
public sealed class Source
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string Title { get; set; }

    public required string Publisher { get; set; }

    public string? Url { get; set; }

    public required string Kind { get; set; }

    public string? Licence { get; set; }

    public string? LicenceName { get; set; }

    public string? LicenceUrl { get; set; }

    public LocalDate? PublishedOn { get; set; }

    public LocalDate? RetrievedOn { get; set; }

    public bool IsIllustrative { get; set; }

    public string? Note { get; set; }

    public string? Attribution { get; set; }

    public string? QualityLevel { get; set; }
}

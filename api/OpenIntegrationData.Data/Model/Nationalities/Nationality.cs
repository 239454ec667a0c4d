namespace OpenIntegrationData.Data.Model.Nationalities;

/// <summary>A country or territory in ISO 3166-1, seen as a nationality (table <c>nationality</c>).</summary>
public sealed class Nationality
{
    public long Id { get; set; }

    public required string Alpha2 { get; set; }

    public required string Alpha3 { get; set; }

    public required string NumericCode { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? OfficialNameDe { get; set; }

    public string? OfficialNameEn { get; set; }

    public string? CommonNameDe { get; set; }

    public string? CommonNameEn { get; set; }

    public bool IsEuMember { get; set; }

    public string? RegionDe { get; set; }

    public string? RegionEn { get; set; }

    public string? DestatisCode { get; set; }

    public long SourceId { get; set; }
}

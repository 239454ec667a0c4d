namespace OpenIntegrationData.Data.Model.Nationalities;

/// <summary>A group of nationalities as a statistics office reports it (table <c>nationality_group</c>).</summary>
public sealed class NationalityGroup
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string Kind { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public long? NationalityId { get; set; }

    public string? DestatisCode { get; set; }

    public long SourceId { get; set; }
}

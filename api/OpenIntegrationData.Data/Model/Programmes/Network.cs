namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>A network, charter or campaign that municipalities join (table <c>network</c>).</summary>
public sealed class Network
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public required string NameDe { get; set; }

    public required string NameEn { get; set; }

    public string? DescriptionDe { get; set; }

    public string? DescriptionEn { get; set; }

    public required string Kind { get; set; }

    public required string Scope { get; set; }

    public short? FoundedYear { get; set; }

    public string? Url { get; set; }

    public long SourceId { get; set; }
}

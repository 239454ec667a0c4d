namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>A district (District is null) or sub-district (District names its district) of a municipality.</summary>
internal sealed class Place(string ags, string? district, string name, string? number, int sortOrder, string sourceKey)
{
    public string Ags { get; } = ags;
    public string? District { get; } = district;
    public string Name { get; } = name;
    public string? Number { get; } = number;
    public int SortOrder { get; } = sortOrder;
    public string SourceKey { get; } = sourceKey;
    public decimal? Area { get; set; }
    public int? AreaYear { get; set; }
}

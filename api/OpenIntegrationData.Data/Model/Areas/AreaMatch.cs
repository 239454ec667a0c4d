namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>An area of an older division and an area of a newer one that overlap (table <c>area_match</c>; Berlin's LOR 2006 and 2021).</summary>
public sealed class AreaMatch
{
    public long OldAreaId { get; set; }

    public long NewAreaId { get; set; }
}

namespace OpenIntegrationData.Data.Model.Areas;

/// <summary>
/// An area and one area it lies in (view <c>area_ancestor</c>, walked from the parents on each query so it never
/// falls out of step with them); distance 1 is the parent.
/// </summary>
public sealed class AreaAncestor
{
    public long AreaId { get; set; }

    public long AncestorId { get; set; }

    public int Distance { get; set; }
}

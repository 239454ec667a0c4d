namespace OpenIntegrationData.Data.Model.Sdg;

/// <summary>A target of an SDG goal (table <c>sdg_target</c>).</summary>
public sealed class SdgTarget
{
    public long Id { get; set; }

    public long GoalId { get; set; }

    public required string Code { get; set; }

    public int SortOrder { get; set; }

    public required string TitleDe { get; set; }

    public required string TitleEn { get; set; }

    public long SourceId { get; set; }
}

namespace OpenIntegrationData.Data.Model.Sdg;

/// <summary>One of the 17 UN Sustainable Development Goals (table <c>sdg_goal</c>).</summary>
public sealed class SdgGoal
{
    public long Id { get; set; }

    public short Number { get; set; }

    public required string TitleDe { get; set; }

    public required string TitleEn { get; set; }

    public required string ShortTitleDe { get; set; }

    public required string ShortTitleEn { get; set; }

    public required string ColourHex { get; set; }

    public long SourceId { get; set; }
}

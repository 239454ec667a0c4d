namespace OpenIntegrationData.Data.Model.Sdg;

/// <summary>A global, municipal or context indicator (table <c>sdg_indicator</c>).</summary>
public sealed class SdgIndicator
{
    public long Id { get; set; }

    public required string Code { get; set; }

    public required string Kind { get; set; }

    public long? GoalId { get; set; }

    public long? TargetId { get; set; }

    public int SortOrder { get; set; }

    public string? TitleDe { get; set; }

    public string? TitleEn { get; set; }

    public string? ShortTitleDe { get; set; }

    public string? ShortTitleEn { get; set; }

    public string? DefinitionDe { get; set; }

    public string? DefinitionEn { get; set; }

    public string? UnitDe { get; set; }

    public string? UnitEn { get; set; }

    public string? FormulaDe { get; set; }

    public string? DataBasisDe { get; set; }

    public string? Tier { get; set; }

    public string? CustodianAgencies { get; set; }

    public string? PartnerAgencies { get; set; }

    public bool IsRepeat { get; set; }

    public bool EnglishByProject { get; set; }

    public bool InUnList { get; set; }

    public string? UnInternalCode { get; set; }

    public string? UnNotes { get; set; }

    public string? InkarCode { get; set; }

    public long SourceId { get; set; }
}

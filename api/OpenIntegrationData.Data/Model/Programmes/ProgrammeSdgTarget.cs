namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>An SDG target a programme contributes to (table <c>programme_sdg_target</c>).</summary>
public sealed class ProgrammeSdgTarget
{
    public long ProgrammeId { get; set; }

    public long TargetId { get; set; }

    public required string AssignedBy { get; set; }
}

namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>An SDG goal a programme contributes to (table <c>programme_sdg_goal</c>).</summary>
public sealed class ProgrammeSdgGoal
{
    public long ProgrammeId { get; set; }

    public long GoalId { get; set; }

    public required string AssignedBy { get; set; }
}

namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>A group of people a programme is meant for (table <c>programme_target_group</c>).</summary>
public sealed class ProgrammeTargetGroup
{
    public long ProgrammeId { get; set; }

    public required string TargetGroup { get; set; }
}

namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>A district a programme serves (table <c>programme_district</c>).</summary>
public sealed class ProgrammeDistrict
{
    public long ProgrammeId { get; set; }

    public long DistrictId { get; set; }
}

using NodaTime;

namespace OpenIntegrationData.Data.Model.Programmes;

/// <summary>That a municipality belongs to a network, and since when (table <c>membership</c>).</summary>
public sealed class Membership
{
    public long Id { get; set; }

    public long MunicipalityId { get; set; }

    public long NetworkId { get; set; }

    public required string Role { get; set; }

    public short? JoinedYear { get; set; }

    public LocalDate? JoinedOn { get; set; }

    public LocalDate? LeftOn { get; set; }

    public long SourceId { get; set; }

    public string? Note { get; set; }
}

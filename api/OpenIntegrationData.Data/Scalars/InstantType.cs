using NodaTime;
using NodaTime.Text;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// HotChocolate.Types.NodaTime's <c>Instant</c>: a point on the global timeline in UTC, written with
/// <c>InstantPattern.ExtendedIso</c> (docs/conventions.md#scalars). The runtime value is a NodaTime <see cref="Instant"/>.
/// </summary>
public sealed class InstantType : NodaTimePatternType<Instant>
{
    /// <summary>Creates the scalar.</summary>
    public InstantType()
        : base(
            "Instant",
            InstantPattern.ExtendedIso,
            NodaTimeScalarDescription.Create(
                "Represents an instant on the global timeline, with nanosecond resolution.",
                ["YYYY-MM-DDThh:mm:ss.sssssssss±hh:mm"],
                ["2000-01-01T20:00:00.999999999Z"]))
    {
    }

    /// <inheritdoc />
    protected override Instant? FromOtherRuntimeValue(object? runtimeValue) => runtimeValue switch
    {
        DateTime { Kind: DateTimeKind.Utc } time => Instant.FromDateTimeUtc(time),
        DateTimeOffset time => Instant.FromDateTimeOffset(time),
        _ => null,
    };
}

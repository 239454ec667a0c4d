using NodaTime;
using NodaTime.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// HotChocolate.Types.NodaTime's <c>Instant</c>: a point on the global timeline in UTC, written with
/// <c>InstantPattern.ExtendedIso</c> (API-CONVENTIONS §9). The runtime value is a NodaTime <see cref="Instant"/>.
/// </summary>
public sealed class InstantType : ScalarType
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    /// <summary>Creates the scalar.</summary>
    public InstantType()
        : base(
            "Instant",
            NodaTimeScalarDescription.Create(
                "Represents an instant on the global timeline, with nanosecond resolution.",
                ["YYYY-MM-DDThh:mm:ss.sssssssss±hh:mm"],
                ["2000-01-01T20:00:00.999999999Z"]))
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => runtimeValue switch
    {
        Instant instant => CoercionResult.Success(Pattern.Format(instant)),
        DateTime { Kind: DateTimeKind.Utc } time => CoercionResult.Success(Pattern.Format(Instant.FromDateTimeUtc(time))),
        DateTimeOffset time => CoercionResult.Success(Pattern.Format(Instant.FromDateTimeOffset(time))),
        _ => CoercionResult.Failure("Unable to serialize value to Instant"),
    };

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) =>
        externalValue is string text ? Parse(text) : CoercionResult.Failure("Unable to deserialize value to Instant");

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? Parse(text.Value) : CoercionResult.Failure("Unable to deserialize string to Instant");

    private static CoercionResult Parse(string text)
    {
        var result = Pattern.Parse(text);
        return result.Success
            ? CoercionResult.Success(result.Value)
            : CoercionResult.Failure("Unable to deserialize string to Instant");
    }
}

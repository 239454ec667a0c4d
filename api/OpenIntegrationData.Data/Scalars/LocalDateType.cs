using NodaTime;
using NodaTime.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// HotChocolate.Types.NodaTime's <c>LocalDate</c>: a calendar day without time zone, written
/// <c>uuuu-MM-dd</c> (API-CONVENTIONS §9). The runtime value is a NodaTime <see cref="LocalDate"/>;
/// impossible days such as 2023-02-30 are refused.
/// </summary>
public sealed class LocalDateType : ScalarType
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.Iso;

    /// <summary>Creates the scalar.</summary>
    public LocalDateType()
        : base(
            "LocalDate",
            NodaTimeScalarDescription.Create(
                "LocalDate represents a date within the calendar, with no reference to a particular time zone or time of day.",
                ["YYYY-MM-DD"],
                ["2000-01-01"]))
    {
    }

    /// <inheritdoc />
    public override CoercionResult Serialize(object? runtimeValue) => runtimeValue switch
    {
        LocalDate date => CoercionResult.Success(Pattern.Format(date)),
        DateOnly date => CoercionResult.Success(Pattern.Format(LocalDate.FromDateOnly(date))),
        _ => CoercionResult.Failure("Unable to serialize value to LocalDate"),
    };

    /// <inheritdoc />
    public override CoercionResult ParseValue(object? externalValue) =>
        externalValue is string text ? Parse(text) : CoercionResult.Failure("Unable to deserialize value to LocalDate");

    /// <inheritdoc />
    public override CoercionResult ParseLiteral(ValueNode literal) =>
        literal is StringValueNode text ? Parse(text.Value) : CoercionResult.Failure("Unable to deserialize string to LocalDate");

    private static CoercionResult Parse(string text)
    {
        var result = Pattern.Parse(text);
        return result.Success
            ? CoercionResult.Success(result.Value)
            : CoercionResult.Failure("Unable to deserialize string to LocalDate");
    }
}

using NodaTime;
using NodaTime.Text;

namespace OpenIntegrationData.Data.Scalars;

/// <summary>
/// HotChocolate.Types.NodaTime's <c>LocalDate</c>: a calendar day without time zone, written
/// <c>uuuu-MM-dd</c> (docs/conventions.md#scalars). The runtime value is a NodaTime <see cref="LocalDate"/>;
/// impossible days such as 2023-02-30 are refused.
/// </summary>
public sealed class LocalDateType : NodaTimePatternType<LocalDate>
{
    /// <summary>Creates the scalar.</summary>
    public LocalDateType()
        : base(
            "LocalDate",
            LocalDatePattern.Iso,
            NodaTimeScalarDescription.Create(
                "LocalDate represents a date within the calendar, with no reference to a particular time zone or time of day.",
                ["YYYY-MM-DD"],
                ["2000-01-01"]))
    {
    }

    /// <inheritdoc />
    protected override LocalDate? FromOtherRuntimeValue(object? runtimeValue) =>
        runtimeValue is DateOnly date ? LocalDate.FromDateOnly(date) : null;
}

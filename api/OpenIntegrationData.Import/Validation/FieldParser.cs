using System.Globalization;
using NodaTime.Text;
using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Validation;

/// <summary>Turns CSV text into typed values under a column's rules. Strict: invariant numbers, ISO dates only,
/// "true"/"false" only; an empty field is no value.</summary>
internal static class FieldParser
{
    public static ParsedField Parse(ColumnSpec column, string text)
    {
        if (text.Length == 0)
        {
            return column.Required ? ParsedField.Fail($"'{column.Name}': a value is required") : ParsedField.Ok(column.Default);
        }
        var typed = ParseType(column, text);
        if (typed.Problem is not null)
        {
            return typed;
        }
        return CheckRules(column, text, typed.Value!) is { } problem ? ParsedField.Fail(problem) : typed;
    }

    private static ParsedField ParseType(ColumnSpec column, string text)
    {
        var notA = $"'{column.Name}': \"{text}\" is not {column.Type.Description()}";
        switch (column.Type)
        {
            case ColumnType.Text:
                return ParsedField.Ok(text);
            case ColumnType.SmallInt:
            case ColumnType.Integer:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    return ParsedField.Fail(notA);
                }
                var (low, high) = column.Type == ColumnType.SmallInt ? (short.MinValue, short.MaxValue) : ((long)int.MinValue, (long)int.MaxValue);
                if (whole < low || whole > high)
                {
                    return ParsedField.Fail($"'{column.Name}': {text} is out of range ({low} to {high})");
                }
                return ParsedField.Ok(column.Type == ColumnType.SmallInt ? (short)whole : (int)whole);
            case ColumnType.Decimal:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? ParsedField.Ok(number)
                    : ParsedField.Fail(notA);
            case ColumnType.Boolean:
                return text switch
                {
                    "true" => ParsedField.Ok(true),
                    "false" => ParsedField.Ok(false),
                    _ => ParsedField.Fail(notA),
                };
            case ColumnType.Date:
                var date = LocalDatePattern.Iso.Parse(text);
                return date.Success
                    ? ParsedField.Ok(date.Value.ToDateOnly())
                    : ParsedField.Fail($"'{column.Name}': \"{text}\" is not a valid date (yyyy-MM-dd): {date.Exception.Message}");
            default:
                throw new ArgumentOutOfRangeException(nameof(column), column.Type, null);
        }
    }

    private static string? CheckRules(ColumnSpec column, string text, object value)
    {
        if (column.AllowedValues is { } allowed && !allowed.Contains(text))
        {
            return $"'{column.Name}': \"{text}\" is not one of {string.Join(", ", allowed)}";
        }
        if (!column.MatchesPattern(text))
        {
            return $"'{column.Name}': \"{text}\" does not have the expected form {column.Pattern}";
        }
        var number = value switch
        {
            short s => s,
            int i => i,
            decimal d => d,
            _ => (decimal?)null,
        };
        if (number is null || (column.Min is null && column.Max is null))
        {
            return null;
        }
        if (number < column.Min || number > column.Max)
        {
            var range = (column.Min, column.Max) switch
            {
                ({ } min, { } max) => $"{min} to {max}",
                ({ } min, null) => $"at least {min}",
                (null, { } max) => $"at most {max}",
                _ => "",
            };
            return $"'{column.Name}': {text} is out of range ({range})";
        }
        return null;
    }
}

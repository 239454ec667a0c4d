using System.Globalization;

namespace OpenIntegrationData.SeedBuilder.Reading;

/// <summary>One data row of a <see cref="DelimitedFile"/>: its fields by column name, and its line for error messages.</summary>
public sealed class SourceRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string[] _fields;

    internal SourceRecord(string file, int line, IReadOnlyDictionary<string, int> columns, string[] fields)
    {
        File = file;
        Line = line;
        _columns = columns;
        _fields = fields;
    }

    public string File { get; }

    public int Line { get; }

    /// <summary>The field as published (no trimming).</summary>
    public string this[string column] => _columns.TryGetValue(column, out var index)
        ? _fields[index]
        : throw new InvalidOperationException($"the reader asked for column '{column}', which its header does not have");

    /// <summary>The field at a position (0 = first column), for files whose column names repeat.</summary>
    public string At(int index) => _fields[index];

    /// <summary>A count: digits only, no sign, no thousands separator.</summary>
    public int Count(string column)
    {
        var text = this[column];
        return text.Length > 0 && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem(column, $"'{text}' is not a count (digits only)");
    }

    /// <summary>A number with an optional point as decimal separator (no thousands separator, no decimal comma).</summary>
    public decimal Decimal(string column)
    {
        var text = this[column];
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem(column, $"'{text}' is not a number with a decimal point");
    }

    /// <summary>A floating-point number with a decimal point (percentages computed by a data product).</summary>
    public double Double(string column)
    {
        var text = this[column];
        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Problem(column, $"'{text}' is not a number with a decimal point");
    }

    public SourceFileException Problem(string column, string reason) => new(File, Line, $"column '{column}': {reason}");

    public SourceFileException Problem(string reason) => new(File, Line, reason);
}

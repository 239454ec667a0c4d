using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenIntegrationData.SeedBuilder.Readers.Hamburg;

/// <summary>What a cell of a German statistical table holds: a number, "." (not available or kept secret) or
/// "-" (nothing; the file does not say more).</summary>
public enum CellSymbol
{
    Number,
    NotAvailable,
    Nothing,
}

/// <summary>A cell of a German statistical table.</summary>
public readonly record struct GermanCell(CellSymbol Symbol, decimal? Number)
{
    public static GermanCell NotAvailable { get; } = new(CellSymbol.NotAvailable, null);

    public static GermanCell Nothing { get; } = new(CellSymbol.Nothing, null);
}

/// <summary>
/// Parses numbers as German statistics offices print them: spaces as thousands separators (" 1 788 994 "), a decimal
/// comma (" 14,3 "), a minus that may stand apart ("-  23"), blanks around. A decimal point is refused: it is either
/// the "not available" symbol standing alone or an English or thousands separator that does not belong here.
/// </summary>
public static partial class GermanNumber
{
    public static bool TryParse(string text, out GermanCell cell, out string? problem)
    {
        var trimmed = text.Trim(' ');
        problem = null;
        switch (trimmed)
        {
            case ".":
                cell = GermanCell.NotAvailable;
                return true;
            case "-":
                cell = GermanCell.Nothing;
                return true;
        }
        var match = Pattern().Match(trimmed);
        if (!match.Success)
        {
            cell = default;
            problem = trimmed.Contains('.', StringComparison.Ordinal)
                ? $"'{text}' has a decimal point; German numbers use a decimal comma and spaces between thousands"
                : $"'{text}' is not a German number (spaces between thousands, decimal comma)";
            return false;
        }
        var digits = match.Groups["int"].Value.Replace(" ", "", StringComparison.Ordinal);
        var fraction = match.Groups["frac"].Success ? "." + match.Groups["frac"].Value : "";
        var value = decimal.Parse(digits + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        cell = new GermanCell(CellSymbol.Number, match.Groups["minus"].Success ? -value : value);
        return true;
    }

    [GeneratedRegex(@"^(?<minus>- *)?(?<int>[0-9]{1,3}( [0-9]{3})*)(,(?<frac>[0-9]+))?$")]
    private static partial Regex Pattern();
}

using System.Text.RegularExpressions;

namespace OpenIntegrationData.Import.Catalog;

/// <summary>A plain CSV column: same name as its database column, a type and the rules its values obey.</summary>
internal sealed class ColumnSpec
{
    private readonly string? _pattern;
    private readonly Regex? _regex;

    public required string Name { get; init; }

    public required ColumnType Type { get; init; }

    /// <summary>The value an empty field stands for, for columns the database requires but files may leave empty.</summary>
    public object? Default { get; init; }

    /// <summary>The file must have the column and every row a value in it.</summary>
    public bool Required { get; init; }

    /// <summary>Smallest allowed number (numeric columns).</summary>
    public decimal? Min { get; init; }

    /// <summary>Largest allowed number (numeric columns).</summary>
    public decimal? Max { get; init; }

    /// <summary>A regular expression a text value must match completely (e.g. <c>[0-9]{8}</c>).</summary>
    public string? Pattern
    {
        get => _pattern;
        init
        {
            _pattern = value;
            _regex = value is null ? null : new Regex($"^(?:{value})$", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>The only values allowed (enum-like text columns).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>True when the column has no pattern or the text matches it.</summary>
    public bool MatchesPattern(string text) => _regex is null || _regex.IsMatch(text);
}

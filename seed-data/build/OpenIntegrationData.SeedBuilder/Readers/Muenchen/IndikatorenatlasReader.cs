using System.Globalization;
using System.Text.RegularExpressions;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.Muenchen;

/// <summary>
/// Reads a CSV of München's Indikatorenatlas (opendata.muenchen.de): comma-separated UTF-8, text quoted, numbers with a
/// decimal point, unused base values <c>NA</c>, areas "Stadt München" or "NN Name of the Stadtbezirk".
/// </summary>
public static partial class IndikatorenatlasReader
{
    public const string City = "Stadt München";
    private const string NotAvailable = "NA";

    public static IReadOnlyList<string> Header { get; } =
    [
        "Indikator", "Ausprägung", "Jahr", "Raumbezug", "Indikatorwert",
        "Basiswert.1", "Basiswert.2", "Basiswert.3", "Basiswert.4", "Basiswert.5",
        "Name.Basiswert.1", "Name.Basiswert.2", "Name.Basiswert.3", "Name.Basiswert.4", "Name.Basiswert.5",
    ];

    /// <summary>Reads every row of one indicator's file and refuses a row of another indicator.</summary>
    public static IReadOnlyList<IndikatorenatlasRecord> Read(string path, string indicator)
    {
        var rows = new List<IndikatorenatlasRecord>();
        var keys = new HashSet<(Auspraegung, int, string?)>();
        foreach (var record in DelimitedFile.Read(path, ',', Header))
        {
            if (record["Indikator"] != indicator)
            {
                throw record.Problem("Indikator", $"'{record["Indikator"]}' in a file of the indicator '{indicator}'");
            }
            var row = new IndikatorenatlasRecord(
                record.Line,
                indicator,
                ParseAuspraegung(record),
                ParseYear(record),
                ParseArea(record),
                record.Decimal("Indikatorwert"),
                [.. Enumerable.Range(1, 5).Select(i => OptionalDecimal(record, $"Basiswert.{i}"))],
                [.. Enumerable.Range(1, 5).Select(i => Optional(record[$"Name.Basiswert.{i}"]))]);
            for (var i = 0; i < 5; i++)
            {
                if ((row.BaseValues[i] is null) != (row.BaseValueNames[i] is null))
                {
                    throw record.Problem($"Basiswert.{i + 1}", "a base value without a name, or a name without a value");
                }
            }
            if (!keys.Add((row.Auspraegung, row.Year, row.Area.Code)))
            {
                throw record.Problem($"a second row for {row.Auspraegung}, {row.Year}, {row.Area.Name}");
            }
            rows.Add(row);
        }
        return rows;
    }

    private static Auspraegung ParseAuspraegung(SourceRecord record) => record["Ausprägung"] switch
    {
        "deutsch" => Auspraegung.Deutsch,
        "nichtdeutsch" => Auspraegung.Nichtdeutsch,
        "insgesamt" => Auspraegung.Insgesamt,
        var other => throw record.Problem("Ausprägung", $"'{other}' is not deutsch, nichtdeutsch or insgesamt"),
    };

    private static int ParseYear(SourceRecord record)
    {
        var year = record.Count("Jahr");
        return year is >= 1900 and <= 2100 ? year : throw record.Problem("Jahr", $"'{year}' is not a year");
    }

    private static MuenchenArea ParseArea(SourceRecord record)
    {
        var text = record["Raumbezug"];
        if (text == City)
        {
            return new MuenchenArea(null, City);
        }
        var match = StadtbezirkPattern().Match(text);
        return match.Success && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 25
            ? new MuenchenArea(match.Groups[1].Value, match.Groups[2].Value)
            : throw record.Problem("Raumbezug", $"'{text}' is neither '{City}' nor 'NN Name' of a Stadtbezirk 01–25");
    }

    private static decimal? OptionalDecimal(SourceRecord record, string column) =>
        record[column] == NotAvailable ? null : record.Decimal(column);

    private static string? Optional(string text) => text == NotAvailable ? null : text;

    [GeneratedRegex(@"^([0-9]{2}) (\S.*)$")]
    private static partial Regex StadtbezirkPattern();
}

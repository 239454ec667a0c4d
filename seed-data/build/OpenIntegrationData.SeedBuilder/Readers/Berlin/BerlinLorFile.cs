using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>
/// One file of the Berlin LOR population product, known by its name alone
/// (<c>berlin-lor-population-YYYY-0H-tN-LEVEL.csv</c>): the files carry no date column. The first half-year report
/// (H = 1) counts on 30 June, the second (H = 2) on 31 December.
/// </summary>
public sealed partial record BerlinLorFile(string Path, int Year, int HalfYear, int Table, BerlinLevel Level)
{
    public LocalDate ReferenceDate => HalfYear == 1 ? new LocalDate(Year, 6, 30) : new LocalDate(Year, 12, 31);

    public LorScheme Scheme => BerlinLevels.SchemeOf(Year);

    public static BerlinLorFile Parse(string path)
    {
        var match = NamePattern().Match(System.IO.Path.GetFileName(path));
        if (!match.Success)
        {
            throw new Reading.SourceFileException(path, 0,
                "the file name is not berlin-lor-population-YYYY-0H-tN-LEVEL.csv (H 1 or 2, N 1 to 4, LEVEL city, districts, district-regions or planning-areas)");
        }
        var level = match.Groups[4].Value switch
        {
            "city" => BerlinLevel.City,
            "districts" => BerlinLevel.Bezirk,
            "district-regions" => BerlinLevel.Bezirksregion,
            _ => BerlinLevel.Planungsraum,
        };
        return new BerlinLorFile(path, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), level);
    }

    /// <summary>Every population file of a folder, ordered by date, table and level.</summary>
    public static IReadOnlyList<BerlinLorFile> InFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "berlin-lor-population-*.csv")
            .Select(Parse)
            .OrderBy(f => f.Year).ThenBy(f => f.HalfYear).ThenBy(f => f.Table).ThenBy(f => f.Level)];

    [GeneratedRegex(@"^berlin-lor-population-([0-9]{4})-0([12])-t([1-4])-(city|districts|district-regions|planning-areas)\.csv$")]
    private static partial Regex NamePattern();
}

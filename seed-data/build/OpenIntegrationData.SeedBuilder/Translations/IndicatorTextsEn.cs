using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Translations;

/// <summary>English title, unit and definition of an indicator, translated by the project from the publisher's German.</summary>
public sealed record IndicatorTextEn(string Code, string Title, string Unit, string Definition);

/// <summary>
/// The project's own English texts for the municipal and context indicators (indicator-texts-en.csv beside the
/// program): INKAR's 48 and the 61 of Hamburg's Stadtteil profiles. Both publish them in German only; these are
/// translations, not official wording.
/// </summary>
public static class IndicatorTextsEn
{
    public const string FileName = "indicator-texts-en.csv";

    public static IReadOnlyList<string> Header { get; } = ["code", "title_en", "unit_en", "definition_en"];

    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Translations", FileName);

    public static IReadOnlyDictionary<string, IndicatorTextEn> Read() => Read(DefaultPath);

    public static IReadOnlyDictionary<string, IndicatorTextEn> Read(string path)
    {
        var texts = new Dictionary<string, IndicatorTextEn>(StringComparer.Ordinal);
        foreach (var record in DelimitedFile.Read(path, ',', Header))
        {
            foreach (var column in Header)
            {
                if (record[column].Trim().Length == 0)
                {
                    throw record.Problem(column, "empty");
                }
            }
            if (!texts.TryAdd(record["code"], new IndicatorTextEn(record["code"], record["title_en"], record["unit_en"], record["definition_en"])))
            {
                throw record.Problem("code", $"'{record["code"]}' appears twice");
            }
        }
        return texts;
    }
}

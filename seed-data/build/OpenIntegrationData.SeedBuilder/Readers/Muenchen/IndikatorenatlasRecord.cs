namespace OpenIntegrationData.SeedBuilder.Readers.Muenchen;

/// <summary>Whom a row of the Indikatorenatlas counts: Germans, non-Germans or everyone.</summary>
public enum Auspraegung
{
    Deutsch,
    Nichtdeutsch,
    Insgesamt,
}

/// <summary>The area of a row: the whole city (Code null) or a Stadtbezirk ("01" … "25", the sb_nummer of the boundaries).</summary>
public sealed record MuenchenArea(string? Code, string Name)
{
    public bool IsCity => Code is null;
}

/// <summary>
/// One row of an Indikatorenatlas file: an indicator value for a year, area and Ausprägung, with up to five base
/// values (Basiswerte) and their names. A base value the indicator does not use is null ("NA" in the file).
/// </summary>
public sealed record IndikatorenatlasRecord(
    int Line,
    string Indicator,
    Auspraegung Auspraegung,
    int Year,
    MuenchenArea Area,
    decimal Value,
    IReadOnlyList<decimal?> BaseValues,
    IReadOnlyList<string?> BaseValueNames);

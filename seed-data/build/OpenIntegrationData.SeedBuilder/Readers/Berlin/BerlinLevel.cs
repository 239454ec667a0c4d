namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>The levels of Berlin's "lebensweltlich orientierte Räume" (LOR) that the population files are published for.</summary>
public enum BerlinLevel
{
    City,
    Bezirk,
    Bezirksregion,
    Planungsraum,
}

/// <summary>The two LOR schemes: the 2006 areas apply until the end of 2020, the LOR 2021 from the reports of 2021 on.
/// City and Bezirke are the same in both; Bezirksregion and Planungsraum ids of the two schemes never coincide.</summary>
public enum LorScheme
{
    Lor2006,
    Lor2021,
}

public static class BerlinLevels
{
    /// <summary>The word the file names use for a level.</summary>
    public static string FileWord(this BerlinLevel level) => level switch
    {
        BerlinLevel.City => "city",
        BerlinLevel.Bezirk => "districts",
        BerlinLevel.Bezirksregion => "district-regions",
        _ => "planning-areas",
    };

    /// <summary>Digits of an area id on the level: city "0", Bezirk "01", Bezirksregion "010111", Planungsraum "01011101".</summary>
    public static int IdLength(this BerlinLevel level) => level switch
    {
        BerlinLevel.City => 1,
        BerlinLevel.Bezirk => 2,
        BerlinLevel.Bezirksregion => 6,
        _ => 8,
    };

    /// <summary>The LOR scheme of a report year (the reform took effect with the reports of 2021).</summary>
    public static LorScheme SchemeOf(int year) => year <= 2020 ? LorScheme.Lor2006 : LorScheme.Lor2021;
}

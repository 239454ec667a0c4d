using System.Text.RegularExpressions;

namespace OpenIntegrationData.SeedBuilder.Readers.Hamburg;

/// <summary>When the figures of a column without a date in its header count; columns with one count as the header says.</summary>
public enum ProfileTiming
{
    /// <summary>The header names the reference ("(Dez 2013)", "(2010)", "(2013/2014)").</summary>
    AsHeaderSays,

    /// <summary>A stock at the file's reference date, 31 December 2013.</summary>
    EndOf2013,

    /// <summary>A flow over the year 2013 (births, deaths, moves).</summary>
    During2013,

    /// <summary>The header names no date and the figure is neither of the above (social housing leaving its rent
    /// commitment by 2019, listed beside the January 2014 stock): year 2013, no reference date.</summary>
    NotStated,
}

/// <summary>
/// A column of the profiles loaded as an indicator of its own. Title and definition are the header as published, with
/// the hyphens of the spreadsheet's line breaks taken out ("Migrations-hintergrund" → "Migrationshintergrund"); the
/// unit is the header's ("in %", "in EUR/m²") or, for headers without one, the one the figures show.
/// </summary>
public sealed record ProfileIndicator(ProfileColumn Column, string Code, string UnitDe, ProfileTiming Timing)
{
    /// <summary>The header's title without its date, e.g. "Arbeitslosenanteil in %".</summary>
    public string TitleDe => ProfileIndicators.WithoutLineBreakHyphens(Column.Title);

    /// <summary>The header with its date, e.g. "Arbeitslosenanteil in % (Dez 2013)".</summary>
    public string DefinitionDe => ProfileIndicators.WithoutLineBreakHyphens(Column.Header.Trim());
}

/// <summary>A column of the profiles that is not loaded as an indicator because the seed holds the figure already.</summary>
public sealed record ProfileColumnLoadedElsewhere(ProfileColumn Column, string UnitDe, string LoadedAs);

/// <summary>
/// What becomes of each of the 68 figure columns of the Stadtteil profiles: an indicator (code
/// <c>statistik-nord:stadtteilprofile/&lt;key&gt;</c>), or a figure the seed already has as a population count or as
/// the area of an area. Every column is named exactly once; a column the reader does not know is refused by its header.
/// </summary>
public static partial class ProfileIndicators
{
    public const string CodePrefix = "statistik-nord:stadtteilprofile/";

    /// <summary>The unit of columns that count (people, households, dwellings, schools): whole numbers.</summary>
    public const string Count = "Anzahl";

    private static readonly object[] Entries =
    [
        Elsewhere("Bevölkerung", Count, "population: residents"),
        Elsewhere("Unter 18-Jährige", Count, "population: residents, age group 0-17"),
        Indicator("Anteil der unter 18-Jährigen in %", "anteil-unter-18-jaehrige"),
        Elsewhere(" 65-Jährige und Ältere", Count, "population: residents, age group 65+"),
        Indicator("Anteil der 65-Jährigen und Älteren in %", "anteil-65-jaehrige-und-aeltere"),
        Elsewhere("Ausländerinnen und Ausländer", Count, "population: residents of the group 'foreign'"),
        Indicator("Ausländeranteil in %", "auslaenderanteil"),
        Elsewhere("Bevölkerung mit Migrations-hintergrund", Count, "population: residents with migration background"),
        Indicator("Anteil der Bevölkerung mit Migrations-hintergrund in %", "anteil-migrationshintergrund"),
        Elsewhere("Unter 18-Jährige mit Migrations-hintergrund", Count, "population: residents with migration background, age group 0-17"),
        Indicator("Anteil der unter 18-Jährigen mit Migrations-hintergrund in %", "anteil-unter-18-jaehrige-migrationshintergrund"),
        Indicator("Haushalte", "haushalte", Count),
        Indicator("Personen je Haushalt", "personen-je-haushalt", "Personen je Haushalt"),
        Indicator("Einpersonen-haushalte", "einpersonenhaushalte", Count),
        Indicator("Anteil der Einpersonen-haushalte in %", "anteil-einpersonenhaushalte"),
        Indicator("Haushalte mit Kindern", "haushalte-mit-kindern", Count),
        Indicator("Anteil der Haushalte mit Kindern in %", "anteil-haushalte-mit-kindern"),
        Indicator("Alleinerziehende", "alleinerziehende", Count),
        Indicator("Anteil der Haushalte von Alleinerziehenden in %", "anteil-alleinerziehende"),
        Elsewhere("Fläche in km²", "km²", "the area's size (area_km2 of the area and the municipality)"),
        Indicator("Bevölkerungs-dichte", "bevoelkerungsdichte", "Einwohner je km²"),
        Indicator("Geburten", "geburten", Count, ProfileTiming.During2013),
        Indicator("Sterbefälle", "sterbefaelle", Count, ProfileTiming.During2013),
        Indicator("Zuzüge", "zuzuege", Count, ProfileTiming.During2013),
        Indicator("Zuzüge aus dem Hamburger Umland", "zuzuege-aus-dem-umland", Count, ProfileTiming.During2013),
        Indicator("Fortzüge", "fortzuege", Count, ProfileTiming.During2013),
        Indicator("Fortzüge in das Hamburger Umland", "fortzuege-in-das-umland", Count, ProfileTiming.During2013),
        Indicator("Wanderungssaldo", "wanderungssaldo", Count, ProfileTiming.During2013),
        Indicator("Sozial-versicherungs-pflichtig Beschäftigte (Dez 2013)", "sozialversicherungspflichtig-beschaeftigte", Count),
        Indicator("Beschäftigten-quote in % (Dez 2013)", "beschaeftigtenquote"),
        Indicator("Arbeitslose (Dez 2013)", "arbeitslose", Count),
        Indicator("Arbeitslosenanteil in % (Dez 2013)", "arbeitslosenanteil"),
        Indicator("Jüngere Arbeitslose (Dez 2013)", "juengere-arbeitslose", Count),
        Indicator("Arbeitslosenanteil Jüngerer in % (Dez 2013)", "arbeitslosenanteil-juengere"),
        Indicator("Ältere Arbeitslose (Dez 2013)", "aeltere-arbeitslose", Count),
        Indicator("Arbeitslosenanteil Älterer in % (Dez 2013)", "arbeitslosenanteil-aeltere"),
        Indicator("Leistungs-empfänger/-innen nach SGB II (Dez 2013)", "leistungsempfaenger-sgb-ii", Count),
        Indicator("Anteil der Leistungs-empfänger/-innen nach SGB II in % (Dez 2013)", "anteil-leistungsempfaenger-sgb-ii"),
        Indicator("Unter 15-Jährige in Mindestsicherung (Dez 2013)", "unter-15-jaehrige-in-mindestsicherung", Count),
        Indicator("Anteil der unter 15-Jährigen in Mindestsicherung in % (Dez 2013)", "anteil-unter-15-jaehrige-in-mindestsicherung"),
        Indicator("Bedarfs-gemeinschaften nach SGB II (Dez 2013)", "bedarfsgemeinschaften-sgb-ii", Count),
        Indicator("Lohn- und Einkommen-steuerpflichtige (2010)", "steuerpflichtige", Count),
        Indicator("Durchschnitt-liches Einkommen je Steuerpflichtigen in EUR (2010)", "einkommen-je-steuerpflichtigen"),
        Indicator("Wohngebäude (2013)", "wohngebaeude", Count),
        Indicator("Wohnungen (2013)", "wohnungen", Count),
        Indicator("Bezugsfertige Wohnungen (2013)", "bezugsfertige-wohnungen", Count),
        Indicator("Wohnungen in Ein- und Zweifamilien-häusern (2013)", "wohnungen-in-ein-und-zweifamilienhaeusern", Count),
        Indicator("Anteil der Wohnungen in Ein- und Zweifamilien-häusern in % (2013)", "anteil-wohnungen-in-ein-und-zweifamilienhaeusern"),
        Indicator("Wohnungsgröße in m² (2013)", "wohnungsgroesse"),
        Indicator("Wohnfläche je Einwohner/-in in m² (2013)", "wohnflaeche-je-einwohner"),
        Indicator("Sozialwohnungen (Jan 2014)", "sozialwohnungen", Count),
        Indicator("Sozialwohnungs-anteil in % (Jan 2014)", "sozialwohnungsanteil"),
        Indicator("Sozialwohnungen mit Bindungsauslauf bis 2019", "sozialwohnungen-bindungsauslauf-bis-2019", Count, ProfileTiming.NotStated),
        Indicator("Sozialwohnungen mit Bindungsauslauf bis 2019 in %", "anteil-sozialwohnungen-bindungsauslauf-bis-2019", timing: ProfileTiming.NotStated),
        Indicator("Preise für Grundstücke in EUR/m² (Jan 2014)", "preise-grundstuecke"),
        Indicator("Preise für Ein- bzw Zwei-familienhäuser in EUR/m² (Jan 2014)", "preise-ein-und-zweifamilienhaeuser"),
        Indicator("Preise für Eigentums-wohnungen in EUR/m² (Jan 2014)", "preise-eigentumswohnungen"),
        Indicator("Kindergärten und Vorschulklassen (März 2014)", "kindergaerten-und-vorschulklassen", Count),
        Indicator("Grundschulen (2013/2014)", "grundschulen", Count),
        Indicator("Schülerinnen und Schüler der Sekundarstufe I (2013/2014)", "schueler-sekundarstufe-i", Count),
        Indicator("Anteil der Schülerinnen und Schüler in Stadtteilschulen und Schulformen mit mehreren Bildungsgängen in % (2013/2014)",
            "anteil-schueler-stadtteilschulen"),
        Indicator("Anteil der Schülerinnen und Schüler in Gymnasien in % (2013/2014)", "anteil-schueler-gymnasien"),
        Indicator("Niedergelassene Ärzte (Dez 2013)", "niedergelassene-aerzte", Count),
        Indicator("Allgemeinärzte (Dez 2013)", "allgemeinaerzte", Count),
        Indicator("Zahnärzte (Nov 2013)", "zahnaerzte", Count),
        Indicator("Apotheken (Nov 2013)", "apotheken", Count),
        Indicator("Private PKW (Jan 2014)", "private-pkw", Count),
        Indicator("PKW-Dichte (Jan 2014)", "pkw-dichte", "PKW je 1.000 Einwohner"),
    ];

    public static IReadOnlyList<ProfileIndicator> All { get; } = [.. Checked().OfType<ProfileIndicator>()];

    public static IReadOnlyList<ProfileColumnLoadedElsewhere> LoadedElsewhere { get; } = [.. Entries.OfType<ProfileColumnLoadedElsewhere>()];

    /// <summary>Whether a column counts, so that a decimal comma in it is a misplaced figure.</summary>
    public static bool Counts(ProfileColumn column) => CountColumns.Contains(column.Index);

    private static readonly HashSet<int> CountColumns =
    [
        .. All.Where(i => i.UnitDe == Count).Select(i => i.Column.Index),
        .. LoadedElsewhere.Where(l => l.UnitDe == Count).Select(l => l.Column.Index),
    ];

    /// <summary>Takes out the hyphens the spreadsheet put where a header broke across lines: a hyphen between two
    /// lower-case letters. Real hyphens stand before a blank ("Ein- und"), after a slash ("/-innen") or a digit.</summary>
    public static string WithoutLineBreakHyphens(string text) => LineBreakHyphen().Replace(text, "");

    private static ProfileIndicator Indicator(string header, string key, string? unit = null, ProfileTiming timing = ProfileTiming.EndOf2013)
    {
        var column = ProfileColumns.ByHeader(header);
        var dated = column.Reference.AsPublished is not null;
        var unitDe = unit ?? UnitInTitle(column.Title) ?? throw new InvalidOperationException($"'{header}' names no unit; give one");
        return new ProfileIndicator(column, CodePrefix + key, unitDe, dated ? ProfileTiming.AsHeaderSays : timing);
    }

    private static ProfileColumnLoadedElsewhere Elsewhere(string header, string unit, string loadedAs) => new(ProfileColumns.ByHeader(header), unit, loadedAs);

    private static string? UnitInTitle(string title)
    {
        var match = UnitSuffix().Match(title);
        return match.Success ? match.Groups["unit"].Value : null;
    }

    /// <summary>Every column of the file exactly once, in file order; a builder bug otherwise.</summary>
    private static object[] Checked()
    {
        var columns = Entries.Select(e => e switch
        {
            ProfileIndicator i => i.Column,
            ProfileColumnLoadedElsewhere l => l.Column,
            _ => throw new InvalidOperationException($"unexpected entry {e}"),
        }).ToList();
        if (!columns.SequenceEqual(ProfileColumns.All))
        {
            var missing = ProfileColumns.All.Except(columns).Select(c => c.Header);
            throw new InvalidOperationException($"the profile columns are not each named once, in file order; missing: {string.Join(", ", missing)}");
        }
        return Entries;
    }

    [GeneratedRegex(@"(?<=[a-zäöüß])-(?=[a-zäöüß])")]
    private static partial Regex LineBreakHyphen();

    [GeneratedRegex(@" in (?<unit>%|EUR|EUR/m²|m²)$")]
    private static partial Regex UnitSuffix();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenIntegrationData.SeedBuilder.Readers.Hamburg;

/// <summary>When a column of the Stadtteil profiles counts: the file's own reference (end of 2013) unless the header names
/// another in brackets, e.g. "(Dez 2013)", "(2010)", "(Jan 2014)", "(2013/2014)" for a school year.</summary>
public sealed record ProfileReference(string? AsPublished, int Year, int? Month, bool IsSchoolYear)
{
    /// <summary>Columns without a bracket: stocks at 31 December 2013, flows during 2013.</summary>
    public static ProfileReference FileDefault { get; } = new(null, 2013, null, false);
}

/// <summary>A column of the Stadtteil profiles: its header as published, the title without the date, and its reference.</summary>
public sealed record ProfileColumn(int Index, string Header, string Title, ProfileReference Reference);

/// <summary>The 69 columns of "Daten für die Stadtteilprofile 2014" (Statistikamt Nord), in file order.</summary>
public static partial class ProfileColumns
{
    // Declared before the lists that use it: static fields initialise in order.
    private static readonly string[] Months = ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"];

    public static IReadOnlyList<string> Header { get; } =
    [
        "Stadtgebiet",
        "Bevölkerung",
        "Unter 18-Jährige",
        "Anteil der unter 18-Jährigen in %",
        " 65-Jährige und Ältere",
        "Anteil der 65-Jährigen und Älteren in %",
        "Ausländerinnen und Ausländer",
        "Ausländeranteil in %",
        "Bevölkerung mit Migrations-hintergrund",
        "Anteil der Bevölkerung mit Migrations-hintergrund in %",
        "Unter 18-Jährige mit Migrations-hintergrund",
        "Anteil der unter 18-Jährigen mit Migrations-hintergrund in %",
        "Haushalte",
        "Personen je Haushalt",
        "Einpersonen-haushalte",
        "Anteil der Einpersonen-haushalte in %",
        "Haushalte mit Kindern",
        "Anteil der Haushalte mit Kindern in %",
        "Alleinerziehende",
        "Anteil der Haushalte von Alleinerziehenden in %",
        "Fläche in km²",
        "Bevölkerungs-dichte",
        "Geburten",
        "Sterbefälle",
        "Zuzüge",
        "Zuzüge aus dem Hamburger Umland",
        "Fortzüge",
        "Fortzüge in das Hamburger Umland",
        "Wanderungssaldo",
        "Sozial-versicherungs-pflichtig Beschäftigte (Dez 2013)",
        "Beschäftigten-quote in % (Dez 2013)",
        "Arbeitslose (Dez 2013)",
        "Arbeitslosenanteil in % (Dez 2013)",
        "Jüngere Arbeitslose (Dez 2013)",
        "Arbeitslosenanteil Jüngerer in % (Dez 2013)",
        "Ältere Arbeitslose (Dez 2013)",
        "Arbeitslosenanteil Älterer in % (Dez 2013)",
        "Leistungs-empfänger/-innen nach SGB II (Dez 2013)",
        "Anteil der Leistungs-empfänger/-innen nach SGB II in % (Dez 2013)",
        "Unter 15-Jährige in Mindestsicherung (Dez 2013)",
        "Anteil der unter 15-Jährigen in Mindestsicherung in % (Dez 2013)",
        "Bedarfs-gemeinschaften nach SGB II (Dez 2013)",
        "Lohn- und Einkommen-steuerpflichtige (2010)",
        "Durchschnitt-liches Einkommen je Steuerpflichtigen in EUR (2010)",
        "Wohngebäude (2013)",
        "Wohnungen (2013)",
        "Bezugsfertige Wohnungen (2013)",
        "Wohnungen in Ein- und Zweifamilien-häusern (2013)",
        "Anteil der Wohnungen in Ein- und Zweifamilien-häusern in % (2013)",
        "Wohnungsgröße in m² (2013)",
        "Wohnfläche je Einwohner/-in in m² (2013)",
        "Sozialwohnungen (Jan 2014)",
        "Sozialwohnungs-anteil in % (Jan 2014)",
        "Sozialwohnungen mit Bindungsauslauf bis 2019",
        "Sozialwohnungen mit Bindungsauslauf bis 2019 in %",
        "Preise für Grundstücke in EUR/m² (Jan 2014)",
        "Preise für Ein- bzw Zwei-familienhäuser in EUR/m² (Jan 2014)",
        "Preise für Eigentums-wohnungen in EUR/m² (Jan 2014)",
        "Kindergärten und Vorschulklassen (März 2014)",
        "Grundschulen (2013/2014)",
        "Schülerinnen und Schüler der Sekundarstufe I (2013/2014)",
        "Anteil der Schülerinnen und Schüler in Stadtteilschulen und Schulformen mit mehreren Bildungsgängen in % (2013/2014)",
        "Anteil der Schülerinnen und Schüler in Gymnasien in % (2013/2014)",
        "Niedergelassene Ärzte (Dez 2013)",
        "Allgemeinärzte (Dez 2013)",
        "Zahnärzte (Nov 2013)",
        "Apotheken (Nov 2013)",
        "Private PKW (Jan 2014)",
        "PKW-Dichte (Jan 2014)",
    ];

    public static IReadOnlyList<ProfileColumn> All { get; } = [.. Header.Skip(1).Select((h, i) => Describe(i + 1, h))];

    public static ProfileColumn ByHeader(string header) =>
        All.SingleOrDefault(c => c.Header == header) ?? throw new ArgumentException($"no column '{header}'", nameof(header));

    private static ProfileColumn Describe(int index, string header)
    {
        var match = DatedHeader().Match(header);
        if (!match.Success)
        {
            return new ProfileColumn(index, header, header.Trim(), ProfileReference.FileDefault);
        }
        var text = match.Groups["when"].Value;
        var title = match.Groups["title"].Value.Trim();
        var schoolYear = SchoolYear().Match(text);
        if (schoolYear.Success)
        {
            return new ProfileColumn(index, header, title, new ProfileReference(text, Year(schoolYear.Groups[1].Value), null, true));
        }
        var month = MonthYear().Match(text);
        if (month.Success)
        {
            var number = Array.IndexOf(Months, month.Groups[1].Value) + 1;
            return number == 0
                ? throw new InvalidOperationException($"unknown month in '{header}'")
                : new ProfileColumn(index, header, title, new ProfileReference(text, Year(month.Groups[2].Value), number, false));
        }
        return new ProfileColumn(index, header, title, new ProfileReference(text, Year(text), null, false));
    }

    private static int Year(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<title>.*) \((?<when>[^()]*[0-9]{4})\)$")]
    private static partial Regex DatedHeader();

    [GeneratedRegex(@"^([0-9]{4})/[0-9]{4}$")]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"^(\S+) ([0-9]{4})$")]
    private static partial Regex MonthYear();
}

namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>An origin group of table T4 (column <c>inhabitants_from_KEY</c>) and the group it is a "darunter" part of.</summary>
public sealed record BerlinOrigin(string Key, string NameDe, string NameEn, string? Parent);

/// <summary>
/// The 26 origin groups of T4 plus "undefined". Statistik Berlin-Brandenburg publishes them as nested breakdowns:
/// a group with a parent is counted inside its parent, so no two groups of one row may be added up.
/// </summary>
public static class BerlinOrigins
{
    public static IReadOnlyList<BerlinOrigin> All { get; } =
    [
        new("european_union", "Europäische Union", "European Union", null),
        new("france", "Frankreich", "France", "european_union"),
        new("greece", "Griechenland", "Greece", "european_union"),
        new("italy", "Italien", "Italy", "european_union"),
        new("austria", "Österreich", "Austria", "european_union"),
        new("spain", "Spanien", "Spain", "european_union"),
        new("poland", "Polen", "Poland", "european_union"),
        new("bulgaria", "Bulgarien", "Bulgaria", "european_union"),
        new("rumania", "Rumänien", "Romania", "european_union"),
        new("croatia", "Kroatien", "Croatia", "european_union"),
        new("united_kingdom", "Vereinigtes Königreich", "United Kingdom", null),
        new("former_yugoslavia", "ehemaliges Jugoslawien", "former Yugoslavia", null),
        new("bosnia_herzegovina", "Bosnien und Herzegowina", "Bosnia and Herzegovina", "former_yugoslavia"),
        new("serbia", "Serbien", "Serbia", "former_yugoslavia"),
        new("former_soviet_union", "ehemalige Sowjetunion", "former Soviet Union", null),
        new("russia", "Russische Föderation", "Russian Federation", "former_soviet_union"),
        new("ukraine", "Ukraine", "Ukraine", "former_soviet_union"),
        new("kazakhstan", "Kasachstan", "Kazakhstan", "former_soviet_union"),
        new("islamic_countries", "islamische Länder", "Islamic countries", null),
        new("turkey", "Türkei", "Türkiye", "islamic_countries"),
        new("iran", "Iran", "Iran", "islamic_countries"),
        new("arabic_countries", "arabische Länder", "Arab countries", "islamic_countries"),
        new("lebanon", "Libanon", "Lebanon", "arabic_countries"),
        new("syria", "Syrien", "Syria", "arabic_countries"),
        new("vietnam", "Vietnam", "Viet Nam", null),
        new("united_states", "Vereinigte Staaten", "United States", null),
        new("undefined", "nicht zugeordnet (im Datenprodukt \"undefined\")", "not assigned (\"undefined\" in the data product)", null),
    ];
}

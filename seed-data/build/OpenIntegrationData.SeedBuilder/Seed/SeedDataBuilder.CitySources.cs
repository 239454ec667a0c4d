namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: the publications behind the city files of ../shared/data/cities (added 2026-12-07); the
/// outline files behind the areas (Berlin's LOR, Hamburg's boundaries) are sources of the boundaries (SeedDataBuilder.Boundaries).</summary>
internal sealed partial class SeedDataBuilder
{
    private const string CitiesRetrieved = "2026-12-07";
    private const string DlDeBy = "dl-de/by-2-0";
    private const string DlDeByName = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
    private const string DlDeByUrl = "https://www.govdata.de/dl-de/by-2-0";

    private void AddCitySources()
    {
        AddSource(BerlinPopulation, "Einwohnerinnen und Einwohner im Land Berlin (Statistischer Bericht A I 16 – hj), Tabellen T1–T4 nach LOR, 2015–2024",
            "Amt für Statistik Berlin-Brandenburg", "https://www.statistik-berlin-brandenburg.de/a-i-16-hj", "official_statistics",
            "CC-BY-3.0-DE", "Creative Commons Namensnennung 3.0 Deutschland", "https://creativecommons.org/licenses/by/3.0/de/", null,
            "Half-yearly reports (H1 = 30 June, H2 = 31 December), taken as CSV from github open-data-product/open-data-product-berlin-lor-population-source-aligned (commit 01cb355b72ce171cd3aab50816a1a1fb6e8099f2; the data product is CC BY 4.0). T4 of 2024-01 counts 2,009 fewer residents with migration background in Charlottenburg-Wilmersdorf than T1.",
            quality: "official", retrievedOn: CitiesRetrieved);
        AddSource(MuenchenMobility, "Indikatorenatlas München: Bevölkerung – Mobilitätsziffer (mittlere Hauptwohnsitzbevölkerung deutsch / nichtdeutsch), 2000–2024",
            "Landeshauptstadt München, Statistisches Amt", "https://opendata.muenchen.de/dataset/indikatorenatlas-bevoelkerung-mobilitaetsziffer-83r65mct", "open_data",
            DlDeBy, DlDeByName, DlDeByUrl, "2025-10-28",
            "Taken from github DavidBreuninger/Anfaengerpraktikum_Bevoelkerungsentwicklung_und_Umzugsentwicklung_Muenchen (commit 915bd54feabe95b384e4ce469926c59def85bc36). Basiswert 5 = mean main-residence population.",
            quality: "official", retrievedOn: CitiesRetrieved);
        AddSource(MuenchenDensity, "Indikatorenatlas München: Bevölkerung – Bevölkerungsdichte (Hauptwohnsitzbevölkerung, Fläche), 2002–2024",
            "Landeshauptstadt München, Statistisches Amt", "https://opendata.muenchen.de/dataset/indikatorenatlas-bevoelkerung-bevoelkerungsdichte-83r65mct", "open_data",
            DlDeBy, DlDeByName, DlDeByUrl, "2025-10-28",
            "Same repository and commit. Basiswert 1 = main-residence population, Basiswert 2 = area in km² (rounded to 0.1).", quality: "official", retrievedOn: CitiesRetrieved);
        AddSource(HamburgProfiles, "Daten für die Stadtteilprofile 2014",
            "Statistisches Amt für Hamburg und Schleswig-Holstein (Statistikamt Nord)",
            "https://www.statistik-nord.de/fileadmin/Dokumente/Datenbanken_und_Karten/Daten_fuer_die_Stadtteilprofile_2014.xlsx", "official_statistics",
            DlDeBy, DlDeByName, DlDeByUrl, null,
            "CSV export taken from github DJCordhose/big-data-visualization (commit 8161ab9d6eda3c400832b3e7085989da7993655e). Reference date 31.12.2013 unless a column names another. Four rows combine two Stadtteile; their figures are not loaded. The Stadtteil rows of Hamburg-Mitte add up to 6,777 residents fewer than the Bezirk row.",
            quality: "official", retrievedOn: CitiesRetrieved);
        AddSource(BwNationalities, "GENESIS-Online 12521-0041: Ausländer nach Kreisen, Stichtag, Geschlecht und Staatsangehörigkeit (31.12.2025)",
            "Statistisches Bundesamt (Destatis)", "https://genesis.destatis.de/datenbank/online/statistic/12521/table/12521-0041", "official_statistics",
            DlDeBy, DlDeByName, DlDeByUrl, null,
            "Foreigners' register (AZR), counts rounded to multiples of 5. Taken from github CrispStrobe/bw-datenatlas (commit fc4fe7625b4eb3f9954815fba2d0914c25f252ce). Nationality names mapped to ISO 3166 / Destatis codes by the project (seed-data/README.md).",
            quality: "official", retrievedOn: CitiesRetrieved);
        AddSource(BwPopulation, "GENESIS-Online 12411-03-03-4-B: Bevölkerung nach Geschlecht, Nationalität und Altersgruppen, Fortschreibung (31.12.2025)",
            "Statistisches Bundesamt (Destatis)", "https://genesis.destatis.de/datenbank/online/statistic/12411/table/12411-03-03-4-B", "official_statistics",
            DlDeBy, DlDeByName, DlDeByUrl, null,
            "Taken from github CrispStrobe/bw-datenatlas (commit c9cf86c1cebc0b2a57aec479e97b741233637315).", quality: "official", retrievedOn: CitiesRetrieved);
    }
}

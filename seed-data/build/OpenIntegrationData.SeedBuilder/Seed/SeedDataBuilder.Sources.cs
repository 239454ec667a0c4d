using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Sources.</summary>
internal sealed partial class SeedDataBuilder
{
    private void AddSource(string key, string title, string publisher, string? url, string kind,
        string? licence = null, string? licenceName = null, string? licenceUrl = null,
        string? publishedOn = null, string? note = null, string? quality = null, string? attribution = null, string? retrievedOn = null)
    {
        _source.Add(new Dictionary<string, string?>
        {
            ["key"] = key,
            ["title"] = title,
            ["publisher"] = publisher,
            ["url"] = url,
            ["kind"] = kind,
            ["licence"] = licence,
            ["licence_name"] = licenceName,
            ["licence_url"] = licenceUrl,
            ["published_on"] = publishedOn,
            ["retrieved_on"] = kind == "illustrative" ? null : retrievedOn ?? Retrieved,
            ["is_illustrative"] = Text.Bool(kind == "illustrative"),
            ["note"] = note,
            ["attribution"] = attribution ?? Attribution(title, publisher, url, licence, licenceName, licenceUrl),
            ["quality_level"] = quality ?? throw new InvalidOperationException($"source {key} has no quality level"),
        }, key);
        // Fixed sources are found by their address too; web sources by address, publisher and quality (WebSource).
        if (url is not null && !key.StartsWith("web-", StringComparison.Ordinal))
        {
            _sourceKeyByUrl.TryAdd(url, key);
        }
        if (quality is not null)
        {
            _sourceQuality[key] = quality;
        }
    }

    private void AddFixedSources()
    {
        const string mit = "https://opensource.org/license/mit";
        AddSource(SdgTranslations, "SDG translations: global goals, targets and indicators in German and English",
            "Open SDG", "https://github.com/open-sdg/sdg-translations", "reference_list", "MIT", "MIT License", mit,
            "2025-08-19", "Snapshot commit 0cda585851a5c6f04040a9a2755fbb4496c4eead. Texts are the UN titles and their German translations.", quality: "secondary");
        AddSource(SdgColours, "Open SDG platform: SDG goal colour palette (chartColors.js)",
            "Open SDG (Office for National Statistics)", "https://github.com/open-sdg/open-sdg", "reference_list",
            "MIT", "MIT License", mit, null, "Commit a4bda9d2f024a2002a5438e7914986548b0a0f76; only the 17 colour values were taken.", quality: "secondary");
        AddSource(UnTierList, "Tier Classification of SDG Indicators, 30 November 2022",
            "UN Inter-agency and Expert Group on SDG Indicators (IAEG-SDGs)",
            "https://unstats.un.org/sdgs/iaeg-sdgs/tier-classification/", "reference_list", null, null, null,
            "2022-11-30", "English titles, tiers, agencies and notes of the global indicators, taken from the cleaned copy in github lnoe10/sdg_tier_classifications (commit fb9e01c644b3bb9cadbcdb7b4c0762dd7d75fbb0), which states no licence; the UN document is public. German titles come from the Open SDG translations (MIT).", quality: "official");
        AddSource(Inkar, "INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung, Ausgabe 2024",
            "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)", "https://www.inkar.de/", "official_statistics",
            "dl-de/by-2-0", "Datenlizenz Deutschland – Namensnennung – Version 2.0", "https://www.govdata.de/dl-de/by-2-0",
            null, "Taken from the copy in github RegioHub/inkr (commit 2825eea845b6418df786243d60cfa8fb48c77a27, data files of 2024-10-31). Credit: © BBSR Bonn 2024. Municipal SDG set = INKAR area 'SDG-Indikatoren für Kommunen'.", quality: "official",
            attribution: "© BBSR Bonn 2024 – Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR), INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung, https://www.inkar.de/, Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), https://www.govdata.de/dl-de/by-2-0.");
        AddSource(IsoCodes, "iso-codes 4.15.0: ISO 3166-1 country codes and names with German translation",
            "Debian iso-codes project", "https://salsa.debian.org/iso-codes-team/iso-codes", "code_list",
            "LGPL-2.1-or-later", "GNU Lesser General Public License v2.1 or later",
            "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html", "2023-02-24",
            "Debian 12 package iso-codes 4.15.0-1 (German catalogue revision 2023-02-24). EU membership (EU-27 as of 2020-02-01), Destatis codes and regions were added by the project.", quality: "secondary");
        AddSource(Destatis, "Codeliste Staatsangehörigkeit aus der Staats- und Gebietssystematik",
            "Statistisches Bundesamt (Destatis)", null, "code_list", null, null, null, "2021-02-19",
            "URN urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit, version 2021-02-19 (XRepository), taken from github flxbe/xdatenfelder-ts (commit 85b9833f7745bdfa6d2e3161fff214b4d39a78a6), which states no licence. Continent groups derived by the project from the first digit of the code.", quality: "official");
        AddSource(KoelnPopulation, "Bevölkerung in Köln: Einwohner, Geschlecht und Migrationshintergrund nach Stadtbezirken und Stadtteilen 2005–2012",
            "Stadt Köln", "http://www.offenedaten-koeln.de/dataset/bev%C3%B6lkerung", "open_data", "CC-BY",
            "Creative Commons Attribution (version not stated)", null, "2013-10-10",
            "Tables 005, 010 and 030 taken from github KoelnAPI/data (commit 166d8cb292039d4490a930c30252b7d96efe70fb), which states 'licensed under CC-BY license by the Cologne city administration'.", quality: "official");
        AddSource(DortmundStatistics, "Dortmunder Statistik: Bevölkerungsstand (web page)",
            "Stadt Dortmund, Dortmunder Statistik", null, "web_page", null, null, null, null,
            "Stored copy of the page; its address was not available. Only figures were taken.", quality: "official");
        AddSource(ProjectBrief, "OpenIntegrationData product description: facts from municipal material",
            "OpenIntegrationData project", null, "project_document", null, null, null, null,
            "Facts named in the project's background material (PRODUCT.md) for which no public source was found in the project's data: Düsseldorf's integration concept of 2017-03-10 and its SDG tags, Dortmund's Eurocities membership since 1996, Dinslaken's Fairtrade Town title since 2009. Not verified against a public source.", quality: "unverified");
        AddSource(Illustrative, "Illustrative figures generated by the OpenIntegrationData seed builder (NOT official)",
            "OpenIntegrationData project", null, "illustrative", null, null, null, null,
            "Generated deterministically by the seed builder (seed-data/build/OpenIntegrationData.SeedBuilder) for demonstration, scaled to real city-level figures; no statistics office published them. See seed-data/README.md.", quality: "unverified");
        AddKnownWebPages();
    }

    private void AddKnownWebPages()
    {
        AddSource("kuladig-duesseldorf-stadtbezirke", "Stadtbezirke und Stadtteile der Landeshauptstadt Düsseldorf",
            "Landschaftsverband Rheinland (LVR), KuLaDig", "https://www.kuladig.de/Objektansicht/SWB-355565", "web_page",
            note: "Membership of the 50 Stadtteile in the 10 Stadtbezirke.", quality: "secondary");
        AddSource("duesseldorf-amt-migration-integration", "Amt für Migration und Integration",
            "Landeshauptstadt Düsseldorf", "https://www.duesseldorf.de/amt-fuer-migration-und-integration", "web_page", quality: "official");
        AddSource("gruene-duesseldorf-welcome-points", "Welcome Points: Weiterentwicklung und Verstetigung (Ratsantrag)",
            "Bündnis 90/Die Grünen Düsseldorf", "https://www.gruene-duesseldorf.de/welcome-points-weiterentwicklung-verstetigung/",
            "web_page", publishedOn: "2021-12-16", note: "Council motion on the Welcome Points in the Stadtbezirke.", quality: "official");
        AddSource("liga-duesseldorf-migrationsberatung", "Migrationsberatung für erwachsene Zugewanderte in Düsseldorf",
            "Liga Wohlfahrt Düsseldorf", "https://www.liga-duesseldorf.de/migrationsberatung-fuer-erwachsene-zugewanderte-in-duesseldorf",
            "web_page", quality: "official");
        AddSource("eurocities-pledge-inclusion-2022", "Pesaro, Vantaa, Warsaw and Zagreb pledge inclusion",
            "Eurocities", "https://eurocities.eu/latest/pesaro-vantaa-warsaw-and-zagreb-pledge-inclusion/", "web_page",
            publishedOn: "2022-11-16", quality: "official");
        AddSource("integrating-cities-charter", "Integrating Cities Charter", "Eurocities (Integrating Cities)",
            "http://integratingcities.eu/", "web_page",
            note: "Read on a web agency's staging copy, not cited: https://integratingcities.karma.agency/charter/.", quality: "official");
        AddSource("integrating-cities", "Integrating Cities", "Eurocities (Integrating Cities)", "http://integratingcities.eu/", "web_page", quality: "official");
        AddSource("rheinische-post-2021-04-17", "Ausländerinnen und Ausländer in Düsseldorf (Rheinische Post, 17.04.2021)",
            "Rheinische Post", "http://www.pressreader.com/germany/rheinische-post/20210417/281977495450154", "press",
            publishedOn: "2021-04-17", note: "Figures attributed by the article to the city of Düsseldorf; only figures were taken.", quality: "press");
    }

    /// <summary>
    /// The credit line a licence asks for (CC BY, dl-de/by-2-0, MIT and LGPL all want the originator named with the licence):
    /// publisher, title, address, licence name and its address. None when no licence is stated.
    /// </summary>
    private static string? Attribution(string title, string publisher, string? url, string? licence, string? licenceName, string? licenceUrl)
    {
        if (licence is null)
        {
            return null;
        }
        var licenceText = licenceName is null ? licence : $"{licenceName} ({licence})";
        var parts = new[] { $"{publisher}: {title}", url, licenceUrl is null ? licenceText : $"{licenceText}, {licenceUrl}" };
        return string.Join(", ", parts.Where(p => p is not null)) + ".";
    }

    /// <summary>Quality levels of the figures' sources, as PROVENANCE.md defines them.</summary>
    private static readonly string[] QualityLevels = ["official", "press", "secondary", "unverified"];

    /// <summary>
    /// The source row behind a figure of duesseldorf_area_population.csv or city_facts.csv, created on first use. The
    /// citation is the canonical address in <paramref name="urlColumn"/> (never the mirror the figure was read on, which
    /// only goes into the note); one row per address, named publisher and quality level, since one article may name
    /// the publisher of one figure and not of another.
    /// </summary>
    private string WebSource(SourceRecord row, string urlColumn)
    {
        var url = Text.NullIfEmpty(row[urlColumn]);
        var publisher = Text.NullIfEmpty(row["publisher"]);
        var quality = row["source_quality"];
        if (!QualityLevels.Contains(quality))
        {
            throw row.Problem("source_quality", $"'{quality}' is not one of {string.Join(", ", QualityLevels)}");
        }
        if (url is not null && !url.StartsWith("http", StringComparison.Ordinal))
        {
            throw row.Problem(urlColumn, $"'{url}' is not an address");
        }
        if (url is not null && _sourceKeyByUrl.TryGetValue(url, out var known))
        {
            return known;
        }
        var identity = $"{url}|{publisher}|{quality}";
        if (_sourceKeyByUrl.TryGetValue(identity, out var seen))
        {
            return seen;
        }
        var uri = url is null ? null : new Uri(url);
        var host = uri is null ? "no-address" : (uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host).TrimEnd('.');
        var slug = new string([.. host.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..8];
        var path = uri is null ? "" : Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
        var title = uri is null ? $"{publisher ?? "Unnamed publisher"} (no citable address found)" : path.Length == 0 ? host : $"{host}: {path}";
        var wikipedia = host.EndsWith("wikipedia.org", StringComparison.Ordinal);
        var notes = new List<string>
        {
            wikipedia
                ? "Only figures were taken from this encyclopedia article (text CC BY-SA)."
                : "Only figures were taken; the page text belongs to its publisher.",
        };
        if (wikipedia && publisher is not null)
        {
            notes.Add($"The article attributes the figures to: {publisher}.");
        }
        if (Text.NullIfEmpty(row["via_url"]) is { } via && via != url)
        {
            notes.Add($"Read through {via}.");
        }
        if (Text.NullIfEmpty(row["retrieved_copy_url"]) is { } copy)
        {
            notes.Add($"Read on a copy, not cited: {copy}.");
        }
        var key = $"web-{slug}-{hash}";
        AddSource(key, title.Length > 160 ? title[..160] : title, wikipedia ? $"Wikipedia ({host.Split('.')[0]})" : publisher ?? host,
            url, quality == "press" ? "press" : "web_page", note: string.Join(" ", notes), quality: quality);
        _sourceKeyByUrl[identity] = key;
        return key;
    }
}

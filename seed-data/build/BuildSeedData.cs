#:package CsvHelper
#:property PublishAot=false

// Builds the project's seed CSV files (seed-data/*.csv) from the public data in ../shared/data.
// Run from the repository root:
//     dotnet run seed-data/build/BuildSeedData.cs -- ../shared/data seed-data
// The output is deterministic: the same input gives the same bytes. Illustrative figures come from a
// hash of fixed labels, never from a clock or a random generator. seed-data/README.md explains every file.

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run seed-data/build/BuildSeedData.cs -- <shared data folder> <output folder>");
    return 2;
}

var seed = new SeedData.SeedBuilder(new SeedData.RawData(args[0]));
seed.Build();
seed.WriteTo(args[1]);
return 0;

namespace SeedData
{
    /// <summary>Builds every output table from the public files.</summary>
    internal sealed class SeedBuilder(RawData raw)
    {
        private const string Retrieved = "2026-11-21";
        private const string Duesseldorf = "05111000";
        private const string Dortmund = "05913000";
        private const string Koeln = "05315000";
        private const string Dinslaken = "05170008";

        private const string SdgTranslations = "open-sdg-translations";
        private const string SdgColours = "open-sdg-colours";
        private const string UnTierList = "un-sdg-tier-classification-2022-11-30";
        private const string Inkar = "bbsr-inkar-2024";
        private const string IsoCodes = "debian-iso-codes-4.15.0";
        private const string Destatis = "destatis-staatsangehoerigkeit-2021-02-19";
        private const string KoelnPopulation = "koeln-bevoelkerung-2005-2012";
        private const string DortmundStatistics = "dortmund-statistik-bevoelkerungsstand";
        private const string ProjectBrief = "oid-project-brief";
        private const string Unverified = "oid-unverified";
        private const string Illustrative = "oid-illustrative";

        private readonly OutputTable _source = new("source",
            "key", "title", "publisher", "url", "kind", "licence", "licence_name", "licence_url",
            "published_on", "retrieved_on", "is_illustrative", "note");
        private readonly OutputTable _goal = new("sdg_goal",
            "number", "title_de", "title_en", "short_title_de", "short_title_en", "colour_hex", "source_key");
        private readonly OutputTable _target = new("sdg_target",
            "code", "goal_number", "sort_order", "title_de", "title_en", "source_key");
        private readonly OutputTable _indicator = new("sdg_indicator",
            "code", "kind", "goal_number", "target_code", "sort_order", "title_de", "title_en", "short_title_de",
            "short_title_en", "definition_de", "definition_en", "unit_de", "unit_en", "formula_de", "data_basis_de",
            "tier", "custodian_agencies", "partner_agencies", "is_repeat", "in_un_list", "un_internal_code",
            "un_notes", "inkar_code", "source_key");
        private readonly OutputTable _nationality = new("nationality",
            "alpha2", "alpha3", "numeric_code", "name_de", "name_en", "official_name_de", "official_name_en",
            "common_name_de", "common_name_en", "is_eu_member", "region_de", "region_en", "destatis_code", "source_key");
        private readonly OutputTable _group = new("nationality_group",
            "key", "kind", "name_de", "name_en", "description_de", "description_en", "nationality_alpha2",
            "destatis_code", "source_key");
        private readonly OutputTable _municipality = new("municipality",
            "ags", "name", "official_name", "state", "type", "area_km2", "population", "population_year",
            "population_reference_date", "population_source_key", "source_key");
        private readonly OutputTable _district = new("district",
            "municipality_ags", "name", "number", "sort_order", "area_km2", "area_reference_year", "population",
            "population_year", "population_reference_date", "population_source_key", "source_key");
        private readonly OutputTable _subDistrict = new("sub_district",
            "municipality_ags", "district_name", "name", "number", "sort_order", "area_km2", "area_reference_year",
            "population", "population_year", "population_reference_date", "population_source_key", "source_key");
        private readonly OutputTable _population = new("population_observation",
            "municipality_ags", "district_name", "sub_district_name", "nationality_alpha2", "nationality_group_key",
            "migration_category", "sex", "age_group", "year", "reference_date", "persons", "source_key",
            "is_illustrative", "note");
        private readonly OutputTable _indicatorValue = new("indicator_observation",
            "indicator_code", "municipality_ags", "district_name", "sub_district_name", "year", "reference_date",
            "value", "unit", "disaggregation", "status", "source_key", "is_illustrative", "note");
        private readonly OutputTable _programme = new("programme",
            "key", "municipality_ags", "name_de", "name_en", "description_de", "description_en", "provider",
            "category", "status", "start_date", "end_date", "url", "source_key");
        private readonly OutputTable _programmeDistrict = new("programme_district",
            "programme_key", "municipality_ags", "district_name");
        private readonly OutputTable _programmeLanguage = new("programme_language", "programme_key", "language_code");
        private readonly OutputTable _programmeTargetGroup = new("programme_target_group", "programme_key", "target_group");
        private readonly OutputTable _programmeGoal = new("programme_sdg_goal", "programme_key", "goal_number", "assigned_by");
        private readonly OutputTable _programmeTarget = new("programme_sdg_target", "programme_key", "target_code", "assigned_by");
        private readonly OutputTable _network = new("network",
            "key", "name_de", "name_en", "description_de", "description_en", "kind", "scope", "founded_year", "url",
            "source_key");
        private readonly OutputTable _membership = new("membership",
            "municipality_ags", "network_key", "role", "joined_year", "joined_on", "left_on", "source_key", "note");

        private readonly Dictionary<string, string> _sourceKeyByUrl = new(StringComparer.Ordinal);
        private readonly List<Place> _places = [];
        private readonly List<PopulationFigure> _figures = [];
        private readonly HashSet<string> _figureKeys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _municipalCodes = new(StringComparer.Ordinal);

        private IEnumerable<OutputTable> Tables =>
        [
            _source, _goal, _target, _indicator, _nationality, _group, _municipality, _district, _subDistrict,
            _population, _indicatorValue, _programme, _programmeDistrict, _programmeLanguage, _programmeTargetGroup,
            _programmeGoal, _programmeTarget, _network, _membership,
        ];

        public void Build()
        {
            AddFixedSources();
            AddSdgFramework();
            AddNationalities();
            CollectPlaces();
            CollectKoelnPopulation();
            CollectDuesseldorfPopulation();
            CollectCityFactPopulation();
            CollectIllustrativeDuesseldorfNationalities();
            AddPlaces();
            AddPopulationObservations();
            AddIndicatorObservations();
            AddProgrammes();
            AddNetworks();
        }

        public void WriteTo(string folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var table in Tables)
            {
                table.WriteTo(folder);
                Console.WriteLine($"{table.Name,-24} {table.Count,6} rows");
            }
        }

        // ----- sources -------------------------------------------------------------------------------------

        private void AddSource(string key, string title, string publisher, string? url, string kind,
            string? licence = null, string? licenceName = null, string? licenceUrl = null,
            string? publishedOn = null, string? note = null)
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
                ["retrieved_on"] = kind == "illustrative" ? null : Retrieved,
                ["is_illustrative"] = Text.Bool(kind == "illustrative"),
                ["note"] = note,
            }, key);
            if (url is not null)
            {
                _sourceKeyByUrl.TryAdd(url, key);
            }
        }

        private void AddFixedSources()
        {
            const string mit = "https://opensource.org/license/mit";
            AddSource(SdgTranslations, "SDG translations: global goals, targets and indicators in German and English",
                "Open SDG", "https://github.com/open-sdg/sdg-translations", "reference_list", "MIT", "MIT License", mit,
                "2025-08-19", "Snapshot commit 0cda585851a5c6f04040a9a2755fbb4496c4eead. Texts are the UN titles and their German translations.");
            AddSource(SdgColours, "Open SDG platform: SDG goal colour palette (chartColors.js)",
                "Open SDG (Office for National Statistics)", "https://github.com/open-sdg/open-sdg", "reference_list",
                "MIT", "MIT License", mit, null, "Commit a4bda9d2f024a2002a5438e7914986548b0a0f76; only the 17 colour values were taken.");
            AddSource(UnTierList, "Tier Classification of SDG Indicators, 30 November 2022",
                "UN Inter-agency and Expert Group on SDG Indicators (IAEG-SDGs)",
                "https://unstats.un.org/sdgs/iaeg-sdgs/tier-classification/", "reference_list", null, null, null,
                "2022-11-30", "English titles, tiers, agencies and notes of the global indicators, taken from the cleaned copy in github lnoe10/sdg_tier_classifications (commit fb9e01c644b3bb9cadbcdb7b4c0762dd7d75fbb0), which states no licence; the UN document is public. German titles come from the Open SDG translations (MIT).");
            AddSource(Inkar, "INKAR – Indikatoren und Karten zur Raum- und Stadtentwicklung, Ausgabe 2024",
                "Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)", "https://www.inkar.de/", "official_statistics",
                "dl-de/by-2-0", "Datenlizenz Deutschland – Namensnennung – Version 2.0", "https://www.govdata.de/dl-de/by-2-0",
                null, "Taken from the copy in github RegioHub/inkr (commit 2825eea845b6418df786243d60cfa8fb48c77a27, data files of 2024-10-31). Credit: © BBSR Bonn 2024. Municipal SDG set = INKAR area 'SDG-Indikatoren für Kommunen'.");
            AddSource(IsoCodes, "iso-codes 4.15.0: ISO 3166-1 country codes and names with German translation",
                "Debian iso-codes project", "https://salsa.debian.org/iso-codes-team/iso-codes", "code_list",
                "LGPL-2.1-or-later", "GNU Lesser General Public License v2.1 or later",
                "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html", "2023-02-24",
                "Debian 12 package iso-codes 4.15.0-1 (German catalogue revision 2023-02-24). EU membership (EU-27 as of 2020-02-01), Destatis codes and regions were added by the project.");
            AddSource(Destatis, "Codeliste Staatsangehörigkeit aus der Staats- und Gebietssystematik",
                "Statistisches Bundesamt (Destatis)", null, "code_list", null, null, null, "2021-02-19",
                "URN urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staatsangehoerigkeit, version 2021-02-19 (XRepository), taken from github flxbe/xdatenfelder-ts (commit 85b9833f7745bdfa6d2e3161fff214b4d39a78a6), which states no licence. Continent groups derived by the project from the first digit of the code.");
            AddSource(KoelnPopulation, "Bevölkerung in Köln: Einwohner, Geschlecht und Migrationshintergrund nach Stadtbezirken und Stadtteilen 2005–2012",
                "Stadt Köln", "http://www.offenedaten-koeln.de/dataset/bev%C3%B6lkerung", "open_data", "CC-BY",
                "Creative Commons Attribution (version not stated)", null, "2013-10-10",
                "Tables 005, 010 and 030 taken from github KoelnAPI/data (commit 166d8cb292039d4490a930c30252b7d96efe70fb), which states 'licensed under CC-BY license by the Cologne city administration'.");
            AddSource(DortmundStatistics, "Dortmunder Statistik: Bevölkerungsstand (web page)",
                "Stadt Dortmund, Dortmunder Statistik", null, "web_page", null, null, null, null,
                "Stored copy of the page; its address was not available. Only figures were taken.");
            AddSource(ProjectBrief, "OpenIntegrationData product description: facts from municipal material",
                "OpenIntegrationData project", null, "project_document", null, null, null, null,
                "Facts named in the project's background material (PRODUCT.md) for which no public source was found in the project's data: Düsseldorf's integration concept of 2017-03-10 and its SDG tags, Dortmund's Eurocities membership since 1996, Dinslaken's Fairtrade Town title since 2009. Not verified against a public source.");
            AddSource(Unverified, "Names not seen in a stored public page",
                "OpenIntegrationData project", null, "project_document", null, null, null, null,
                "Dortmund Stadtbezirk names Hörde and Scharnhorst, from general knowledge; to be verified.");
            AddSource(Illustrative, "Illustrative figures generated by the OpenIntegrationData seed builder (NOT official)",
                "OpenIntegrationData project", null, "illustrative", null, null, null, null,
                "Generated deterministically by seed-data/build/BuildSeedData.cs for demonstration, scaled to real city-level figures; no statistics office published them. See seed-data/README.md.");
            AddKnownWebPages();
        }

        private void AddKnownWebPages()
        {
            AddSource("kuladig-duesseldorf-stadtbezirke", "Stadtbezirke und Stadtteile der Landeshauptstadt Düsseldorf",
                "Landschaftsverband Rheinland (LVR), KuLaDig", "https://www.kuladig.de/Objektansicht/SWB-355565", "web_page",
                note: "Membership of the 50 Stadtteile in the 10 Stadtbezirke.");
            AddSource("duesseldorf-amt-migration-integration", "Amt für Migration und Integration",
                "Landeshauptstadt Düsseldorf", "https://www.duesseldorf.de/amt-fuer-migration-und-integration", "web_page");
            AddSource("gruene-duesseldorf-welcome-points", "Welcome Points: Weiterentwicklung und Verstetigung (Ratsantrag)",
                "Bündnis 90/Die Grünen Düsseldorf", "https://www.gruene-duesseldorf.de/welcome-points-weiterentwicklung-verstetigung/",
                "web_page", publishedOn: "2021-12-16", note: "Council motion on the Welcome Points in the Stadtbezirke.");
            AddSource("liga-duesseldorf-migrationsberatung", "Migrationsberatung für erwachsene Zugewanderte in Düsseldorf",
                "Liga Wohlfahrt Düsseldorf", "https://www.liga-duesseldorf.de/migrationsberatung-fuer-erwachsene-zugewanderte-in-duesseldorf",
                "web_page");
            AddSource("eurocities-pledge-inclusion-2022", "Pesaro, Vantaa, Warsaw and Zagreb pledge inclusion",
                "Eurocities", "https://eurocities.eu/latest/pesaro-vantaa-warsaw-and-zagreb-pledge-inclusion/", "web_page",
                publishedOn: "2022-11-16");
            AddSource("integrating-cities-charter", "Integrating Cities Charter", "Eurocities (Integrating Cities)",
                "https://integratingcities.karma.agency/charter/", "web_page");
            AddSource("integrating-cities", "Integrating Cities", "Eurocities (Integrating Cities)", "http://integratingcities.eu/", "web_page");
            AddSource("rheinische-post-2021-04-17", "Ausländerinnen und Ausländer in Düsseldorf (Rheinische Post, 17.04.2021)",
                "Rheinische Post", "http://www.pressreader.com/germany/rheinische-post/20210417/281977495450154", "press",
                publishedOn: "2021-04-17", note: "Figures attributed by the article to the city of Düsseldorf; only figures were taken.");
        }

        /// <summary>The source row for a web page, created on first use.</summary>
        private string WebSource(string url)
        {
            if (_sourceKeyByUrl.TryGetValue(url, out var known))
            {
                return known;
            }
            var uri = new Uri(url);
            var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
            host = host.TrimEnd('.');
            var slug = new string([.. host.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..8];
            var path = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
            var title = path.Length == 0 ? host : $"{host}: {path}";
            string[] press = ["pressreader.com", "interaktiv.rp-online.de", "rm-kurier.de", "wz-newsline.de"];
            var kind = press.Contains(host) ? "press" : "web_page";
            AddSource($"web-{slug}-{hash}", title.Length > 160 ? title[..160] : title, host, url, kind,
                note: "Only figures were taken; the page text belongs to its publisher (Wikipedia articles and their mirrors: CC BY-SA).");
            return _sourceKeyByUrl[url];
        }

        // ----- SDG framework -------------------------------------------------------------------------------

        private void AddSdgFramework()
        {
            foreach (var row in raw.Read("sdg_goals.csv"))
            {
                _goal.Add(new Dictionary<string, string?>
                {
                    ["number"] = row["goal"],
                    ["title_de"] = row["title_de"],
                    ["title_en"] = row["title_en"],
                    ["short_title_de"] = row["short_title_de"],
                    ["short_title_en"] = row["short_title_en"],
                    ["colour_hex"] = row["colour_hex"].ToUpperInvariant(),
                    ["source_key"] = SdgTranslations,
                }, row["goal"]);
            }
            var order = 0;
            foreach (var row in raw.Read("sdg_targets.csv"))
            {
                _target.Add(new Dictionary<string, string?>
                {
                    ["code"] = row["target"],
                    ["goal_number"] = row["goal"],
                    ["sort_order"] = Text.Invariant(++order),
                    ["title_de"] = row["title_de"],
                    ["title_en"] = row["title_en"],
                    ["source_key"] = SdgTranslations,
                }, row["target"]);
            }
            AddGlobalIndicators();
            AddMunicipalIndicators();
            AddContextIndicators();
        }

        private void AddGlobalIndicators()
        {
            var order = 0;
            foreach (var row in raw.Read("sdg_indicators.csv"))
            {
                var fromUnList = row["title_en_source"].StartsWith("UN IAEG-SDGs", StringComparison.Ordinal);
                _indicator.Add(new Dictionary<string, string?>
                {
                    ["code"] = row["indicator"],
                    ["kind"] = "global",
                    ["goal_number"] = row["goal"],
                    ["target_code"] = row["target"],
                    ["sort_order"] = Text.Invariant(++order),
                    ["title_de"] = row["title_de"],
                    ["title_en"] = row["title_en"],
                    ["tier"] = row["tier"],
                    ["custodian_agencies"] = row["custodian_agencies"],
                    ["partner_agencies"] = row["partner_agencies"],
                    ["is_repeat"] = row["is_repeat"],
                    ["in_un_list"] = row["in_un_list_2022_11_30"],
                    ["un_internal_code"] = row["un_internal_code"],
                    ["un_notes"] = row["un_notes"],
                    ["source_key"] = fromUnList ? UnTierList : SdgTranslations,
                }, row["indicator"]);
            }
        }

        private void AddMunicipalIndicators()
        {
            var order = 100_000;
            foreach (var row in raw.Read("kommunale_sdg_indikatoren_inkar.csv"))
            {
                var code = "inkar:" + row["inkar_kuerzel"];
                _municipalCodes.Add(code);
                _indicator.Add(new Dictionary<string, string?>
                {
                    ["code"] = code,
                    ["kind"] = "municipal",
                    ["goal_number"] = row["sdg_goal"],
                    ["sort_order"] = Text.Invariant(++order),
                    ["title_de"] = row["kurzname_de"],
                    ["short_title_de"] = row["kurzname_de"],
                    ["definition_de"] = row["definition_de"],
                    ["unit_de"] = row["unit_de"],
                    ["formula_de"] = row["formula_de"],
                    ["data_basis_de"] = row["data_sources_de"],
                    ["is_repeat"] = "false",
                    ["in_un_list"] = "false",
                    ["inkar_code"] = row["inkar_kuerzel"],
                    ["source_key"] = Inkar,
                }, code);
            }
        }

        /// <summary>INKAR statistics in the value file that are not (or not in this definition) part of the municipal SDG set.</summary>
        private void AddContextIndicators()
        {
            var order = 200_000;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in raw.Read("inkar_city_indicator_values.csv"))
            {
                var code = IndicatorCode(row);
                if (_municipalCodes.Contains(code) || !seen.Add(code))
                {
                    continue;
                }
                _indicator.Add(new Dictionary<string, string?>
                {
                    ["code"] = code,
                    ["kind"] = "context",
                    ["sort_order"] = Text.Invariant(++order),
                    ["title_de"] = row["kurzname_de"],
                    ["short_title_de"] = row["kurzname_de"],
                    ["definition_de"] = row["definition_de"],
                    ["unit_de"] = row["unit_de"],
                    ["is_repeat"] = "false",
                    ["in_un_list"] = "false",
                    ["inkar_code"] = row["inkar_kuerzel"],
                    ["source_key"] = Inkar,
                }, code);
            }
        }

        /// <summary>Values whose table defines the indicator as the SDG set does belong to the municipal indicator;
        /// the others to a context indicator named after their INKAR table.</summary>
        private string IndicatorCode(IReadOnlyDictionary<string, string> valueRow)
        {
            if (valueRow["sdg_goal"].Length > 0)
            {
                var code = "inkar:" + valueRow["inkar_kuerzel"];
                return _municipalCodes.Contains(code) ? code : throw new InvalidOperationException($"not in the municipal set: {code}");
            }
            var table = valueRow["inkar_table"].Split('/')[^1];
            return $"inkar:{table}/{valueRow["inkar_kuerzel"]}";
        }

        // ----- nationalities -------------------------------------------------------------------------------

        private static readonly Dictionary<string, string> RegionEn = new(StringComparer.Ordinal)
        {
            ["Europa"] = "Europe",
            ["Afrika"] = "Africa",
            ["Amerika"] = "Americas",
            ["Asien"] = "Asia",
            ["Australien und Ozeanien"] = "Australia and Oceania",
        };

        private void AddNationalities()
        {
            var destatis = raw.Read("destatis_staatsangehoerigkeit.csv").ToDictionary(r => r["destatis_code"], StringComparer.Ordinal);
            foreach (var row in raw.Read("countries.csv"))
            {
                var region = row["destatis_code"].Length > 0 ? destatis[row["destatis_code"]]["continent_group_de"] : null;
                region = region == "Deutschland" ? "Europa" : region;
                var regionEn = region is not null && RegionEn.TryGetValue(region, out var en) ? en : null;
                _nationality.Add(new Dictionary<string, string?>
                {
                    ["alpha2"] = row["alpha2"],
                    ["alpha3"] = row["alpha3"],
                    ["numeric_code"] = row["numeric"],
                    ["name_de"] = row["name_de"],
                    ["name_en"] = row["name_en"],
                    ["official_name_de"] = row["official_name_de"],
                    ["official_name_en"] = row["official_name_en"],
                    ["common_name_de"] = row["common_name_de"],
                    ["common_name_en"] = row["common_name_en"],
                    ["is_eu_member"] = row["is_eu_member"],
                    ["region_de"] = regionEn is null ? null : region,
                    ["region_en"] = regionEn,
                    ["destatis_code"] = row["destatis_code"],
                    ["source_key"] = IsoCodes,
                }, row["alpha2"]);
            }
            AddStatisticalGroups();
            AddDestatisCodesWithoutCountry(destatis.Values);
        }

        /// <summary>The nationality groups the Köln statistics (and Düsseldorf's figures of 2006) report.</summary>
        private void AddStatisticalGroups()
        {
            AddGroup("foreign", "all_foreign", "Ausländer", "Foreign nationals",
                "Alle Einwohnerinnen und Einwohner ohne deutsche Staatsangehörigkeit.", "All residents without German citizenship.", KoelnPopulation);
            AddGroup("eu", "union", "Europäische Union", "European Union",
                "Staatsangehörige der EU-Mitgliedstaaten (ohne Deutschland), nach dem Mitgliederstand, den das veröffentlichende Amt zugrunde legt.",
                "Nationals of EU member states other than Germany, by the membership the publishing office applied.", KoelnPopulation);
            AddGroup("turkey", "single_country", "Türkei", "Türkiye",
                "Staatsangehörige der Türkei (in der Kölner Statistik getrennt von Asien und Europa ausgewiesen).",
                "Nationals of Türkiye (listed separately from Asia and Europe in the Köln statistics).", KoelnPopulation, "TR");
            AddGroup("rest-of-europe", "residual", "Übriges Europa", "Rest of Europe",
                "Europäische Staatsangehörigkeiten außerhalb der EU und ohne Türkei.", "European nationalities outside the EU, except Türkiye.", KoelnPopulation);
            AddGroup("africa", "continent", "Afrika", "Africa", "Afrikanische Staatsangehörigkeiten.", "African nationalities.", KoelnPopulation);
            AddGroup("america", "continent", "Amerika", "Americas", "Staatsangehörigkeiten Nord-, Mittel- und Südamerikas.", "Nationalities of North, Central and South America.", KoelnPopulation);
            AddGroup("asia", "continent", "Asien (ohne Türkei)", "Asia (except Türkiye)",
                "Asiatische Staatsangehörigkeiten ohne die Türkei, die getrennt ausgewiesen wird.", "Asian nationalities except Türkiye, which is reported on its own.", KoelnPopulation);
            AddGroup("other", "residual", "Sonstige", "Other",
                "Übrige Staatsangehörigkeiten (z. B. Australien und Ozeanien, staatenlos, ungeklärt).",
                "All other nationalities (e.g. Australia and Oceania, stateless, unknown).", KoelnPopulation);
        }

        private static readonly Dictionary<string, string> DestatisNameEn = new(StringComparer.Ordinal)
        {
            ["120"] = "Yugoslavia",
            ["132"] = "Serbia and Montenegro",
            ["133"] = "Serbia (including Kosovo)",
            ["138"] = "Yugoslavia, Federal Republic",
            ["150"] = "Kosovo",
            ["159"] = "Soviet Union",
            ["162"] = "Czechoslovakia",
            ["185"] = "British Overseas Territories",
            ["276"] = "Sudan (including South Sudan)",
            ["910"] = "Reserved for internal use",
            ["997"] = "Stateless",
            ["998"] = "Unclear",
            ["999"] = "Not stated (nationality)",
        };

        private void AddDestatisCodesWithoutCountry(IEnumerable<Dictionary<string, string>> destatis)
        {
            foreach (var row in destatis.Where(r => r["iso_alpha2"].Length == 0).OrderBy(r => r["destatis_code"], StringComparer.Ordinal))
            {
                var code = row["destatis_code"];
                AddGroup("destatis-" + code, "statistical_code", row["name_de"], DestatisNameEn[code],
                    "Destatis-Schlüssel ohne ISO-3166-Land (ehemaliger Staat, Gebiet oder statistische Kategorie).",
                    "Destatis code without an ISO 3166 country (a former state, a territory or a statistical category).",
                    Destatis, destatisCode: code);
            }
        }

        private void AddGroup(string key, string kind, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
            string sourceKey, string? alpha2 = null, string? destatisCode = null)
        {
            _group.Add(new Dictionary<string, string?>
            {
                ["key"] = key,
                ["kind"] = kind,
                ["name_de"] = nameDe,
                ["name_en"] = nameEn,
                ["description_de"] = descriptionDe,
                ["description_en"] = descriptionEn,
                ["nationality_alpha2"] = alpha2,
                ["destatis_code"] = destatisCode,
                ["source_key"] = sourceKey,
            }, key);
        }

        // ----- places --------------------------------------------------------------------------------------

        private void CollectPlaces()
        {
            var area = raw.Read("duesseldorf_area_population.csv");
            foreach (var number in Enumerable.Range(1, 10))
            {
                var place = AddPlace(Duesseldorf, null, $"Stadtbezirk {number}", Text.Invariant(number), number, "kuladig-duesseldorf-stadtbezirke");
                SetLatestArea(place, area.Where(r => r["level"] == "stadtbezirk" && r["stadtbezirk"] == Text.Invariant(number)));
            }
            var order = 0;
            foreach (var row in raw.Read("duesseldorf_stadtteile.csv"))
            {
                var place = AddPlace(Duesseldorf, $"Stadtbezirk {row["stadtbezirk"]}", row["stadtteil"],
                    Text.NullIfEmpty(row["stadtteil_nr"]), ++order, "kuladig-duesseldorf-stadtbezirke");
                SetLatestArea(place, area.Where(r => r["level"] == "stadtteil" && r["name"] == row["stadtteil"]));
            }
            CollectKoelnPlaces();
            CollectDortmundPlaces();
        }

        private void CollectKoelnPlaces()
        {
            var areas = raw.Read("koeln_einwohner_migration_2005_2012.csv")
                .Select(r => (Code: r["area_code"], Name: r["area_name"], Level: r["area_level"], District: r["stadtbezirk_code"]))
                .Distinct()
                .OrderBy(a => a.Code, StringComparer.Ordinal)
                .ToList();
            var districtNames = areas.Where(a => a.Level == "Stadtbezirk").ToDictionary(a => a.District, a => a.Name, StringComparer.Ordinal);
            foreach (var district in areas.Where(a => a.Level == "Stadtbezirk"))
            {
                var number = int.Parse(district.District, CultureInfo.InvariantCulture);
                AddPlace(Koeln, null, district.Name, district.District, number, KoelnPopulation);
            }
            foreach (var quarter in areas.Where(a => a.Level == "Stadtteil"))
            {
                AddPlace(Koeln, districtNames[quarter.District], quarter.Name, quarter.Code,
                    int.Parse(quarter.Code, CultureInfo.InvariantCulture), KoelnPopulation);
            }
        }

        private void CollectDortmundPlaces()
        {
            var facts = raw.Read("city_facts.csv").Where(r => r["city"] == "Dortmund").ToList();
            var order = 0;
            foreach (var row in facts.Where(r => r["subject"] == "Stadtbezirk" && r["metric"] == "name"))
            {
                var source = row["source"].Length > 0 ? WebSource(row["source"]) : Unverified;
                var place = AddPlace(Dortmund, null, row["value"], null, ++order, source);
                // The Innenstadt pages give the area in the note of their population row ("area 13.76 km²").
                var withArea = facts
                    .Where(r => r["area"] == row["area"] && r["note"].StartsWith("area ", StringComparison.Ordinal))
                    .Where(r => IsPeriod(r["reference_date"]))
                    .OrderByDescending(r => Period.Parse(r["reference_date"]).Rank)
                    .FirstOrDefault();
                if (withArea is not null)
                {
                    place.Area = decimal.Parse(withArea["note"].Split(' ')[1], CultureInfo.InvariantCulture);
                    place.AreaYear = Period.Parse(withArea["reference_date"]).Year;
                }
            }
        }

        private Place AddPlace(string ags, string? district, string name, string? number, int sortOrder, string sourceKey)
        {
            var place = new Place(ags, district, name, number, sortOrder, sourceKey);
            _places.Add(place);
            return place;
        }

        private static void SetLatestArea(Place place, IEnumerable<Dictionary<string, string>> rows)
        {
            var latest = rows
                .Where(r => r["area_km2"].Length > 0 && r["reference_date"].Length > 0)
                .OrderByDescending(r => Period.Parse(r["reference_date"]).Rank)
                .FirstOrDefault();
            if (latest is null)
            {
                return;
            }
            place.Area = decimal.Parse(latest["area_km2"], CultureInfo.InvariantCulture);
            place.AreaYear = Period.Parse(latest["reference_date"]).Year;
        }

        private static bool IsPeriod(string text) =>
            System.Text.RegularExpressions.Regex.IsMatch(text, @"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

        private void AddPlaces()
        {
            foreach (var row in raw.Read("municipalities.csv"))
            {
                var latest = LatestTotal(row["ags"], null, null);
                var area = row["ags"] == Duesseldorf ? CityArea() : null;
                _municipality.Add(new Dictionary<string, string?>
                {
                    ["ags"] = row["ags"],
                    ["name"] = row["name"],
                    ["official_name"] = row["name_inkar"],
                    ["state"] = row["land"],
                    ["type"] = row["type"],
                    ["area_km2"] = area,
                    ["population"] = latest is null ? null : Text.Invariant(latest.Persons),
                    ["population_year"] = latest is null ? null : Text.Invariant(latest.Period.Year),
                    ["population_reference_date"] = latest?.Period.Date,
                    ["population_source_key"] = latest?.SourceKey,
                    ["source_key"] = Inkar,
                }, row["ags"]);
            }
            foreach (var place in _places.Where(p => p.District is null))
            {
                _district.Add(PlaceRow(place, LatestTotal(place.Ags, place.Name, null)), place.Ags + "|" + place.Name);
            }
            foreach (var place in _places.Where(p => p.District is not null))
            {
                var row = PlaceRow(place, LatestTotal(place.Ags, place.District, place.Name));
                row["district_name"] = place.District;
                _subDistrict.Add(row, place.Ags + "|" + place.Name);
            }
        }

        private string? CityArea() =>
            raw.Read("duesseldorf_area_population.csv").Single(r => r["level"] == "stadt" && r["area_km2"].Length > 0)["area_km2"];

        private static Dictionary<string, string?> PlaceRow(Place place, PopulationFigure? latest) => new()
        {
            ["municipality_ags"] = place.Ags,
            ["name"] = place.Name,
            ["number"] = place.Number,
            ["sort_order"] = Text.Invariant(place.SortOrder),
            ["area_km2"] = place.Area is { } area ? Text.Invariant(area) : null,
            ["area_reference_year"] = place.AreaYear is { } year ? Text.Invariant(year) : null,
            ["population"] = latest is null ? null : Text.Invariant(latest.Persons),
            ["population_year"] = latest is null ? null : Text.Invariant(latest.Period.Year),
            ["population_reference_date"] = latest?.Period.Date,
            ["population_source_key"] = latest?.SourceKey,
            ["source_key"] = place.SourceKey,
        };

        /// <summary>The latest real count of all residents of an area, if any.</summary>
        private PopulationFigure? LatestTotal(string ags, string? district, string? subDistrict) =>
            _figures
                .Where(f => !f.IsIllustrative && f.Ags == ags && f.District == district && f.SubDistrict == subDistrict)
                .Where(f => f.Alpha2 is null && f.Group is null && f.Category == "all" && f.Sex is null)
                .OrderByDescending(f => f.Period.Rank)
                .FirstOrDefault();

        // ----- residents -----------------------------------------------------------------------------------

        private void AddFigure(PopulationFigure figure)
        {
            if (!_figureKeys.Add(figure.Key))
            {
                var existing = _figures.Single(f => f.Key == figure.Key);
                if (existing.Persons != figure.Persons)
                {
                    throw new InvalidOperationException($"two different figures for {figure.Key}: {existing.Persons} and {figure.Persons}");
                }
                return;
            }
            _figures.Add(figure);
        }

        private static readonly Dictionary<(string Table, string Row), (string Category, string? Group, string? Sex)> KoelnRows = new()
        {
            [("005", "10")] = ("all", null, null),
            [("010", "10")] = ("all", null, "male"),
            [("010", "20")] = ("all", null, "female"),
            [("030", "10")] = ("with_migration_background", null, null),
            [("030", "20")] = ("germans_with_migration_background", null, null),
            [("030", "30")] = ("resettlers", null, null),
            [("030", "40")] = ("naturalised", null, null),
            [("030", "50")] = ("all", "foreign", null),
            [("030", "60")] = ("all", "africa", null),
            [("030", "70")] = ("all", "america", null),
            [("030", "80")] = ("all", "asia", null),
            [("030", "90")] = ("all", "eu", null),
            [("030", "100")] = ("all", "turkey", null),
            [("030", "110")] = ("all", "rest-of-europe", null),
            [("030", "120")] = ("all", "other", null),
        };

        private void CollectKoelnPopulation()
        {
            var rows = raw.Read("koeln_einwohner_migration_2005_2012.csv");
            var districtNames = rows.Where(r => r["area_level"] == "Stadtbezirk")
                .Select(r => (r["stadtbezirk_code"], r["area_name"])).Distinct()
                .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var (category, group, sex) = KoelnRows[(row["table_id"], row["row_id"])];
                var (district, subDistrict) = row["area_level"] switch
                {
                    "Stadt" => ((string?)null, (string?)null),
                    "Stadtbezirk" => (row["area_name"], null),
                    _ => (districtNames[row["stadtbezirk_code"]], row["area_name"]),
                };
                AddFigure(new PopulationFigure(Koeln, district, subDistrict, null, group, category, sex,
                    new Period(int.Parse(row["year"], CultureInfo.InvariantCulture), null),
                    int.Parse(row["value"], CultureInfo.InvariantCulture), KoelnPopulation, false, null));
            }
        }

        private void CollectDuesseldorfPopulation()
        {
            foreach (var row in raw.Read("duesseldorf_area_population.csv").Where(r => r["population"].Length > 0))
            {
                var (district, subDistrict) = row["level"] switch
                {
                    "stadt" => ((string?)null, (string?)null),
                    "stadtbezirk" => ($"Stadtbezirk {row["stadtbezirk"]}", null),
                    _ => ($"Stadtbezirk {row["stadtbezirk"]}", row["name"]),
                };
                AddFigure(new PopulationFigure(Duesseldorf, district, subDistrict, null, null, "all", null,
                    Period.Parse(row["reference_date"]), int.Parse(row["population"], CultureInfo.InvariantCulture),
                    WebSource(row["source_url"]), false, Text.NullIfEmpty(row["note"])));
            }
        }

        /// <summary>Which subjects of city_facts.csv are counts of residents, and what they count.</summary>
        private static readonly Dictionary<string, (string? Alpha2, string? Group, string? Sex, string? Note)> FactSubjects = new(StringComparer.Ordinal)
        {
            ["Einwohner"] = (null, null, null, null),
            ["Einwohner (Amtliche Einwohnerzahl)"] = (null, null, null, null),
            ["Frauen"] = (null, null, "female", null),
            ["Männer"] = (null, null, "male", null),
            ["Ausländer"] = (null, "foreign", null, null),
            ["Ausländer (nichtdeutsche Staatsangehörigkeit)"] = (null, "foreign", null, null),
            ["Ausländerinnen (Frauen)"] = (null, "foreign", "female", null),
            ["Ausländer (Männer)"] = (null, "foreign", "male", null),
            ["Staatsangehörigkeit Türkei"] = ("TR", null, null, null),
            ["Staatsangehörigkeit Griechenland"] = ("GR", null, null, null),
            ["Staatsangehörigkeit Italien"] = ("IT", null, null, null),
            ["Staatsangehörigkeit Japan"] = ("JP", null, null, null),
            ["Staatsangehörigkeit Iran"] = ("IR", null, null, null),
            ["Staatsangehörigkeit China"] = ("CN", null, null, null),
            ["Staatsangehörigkeit Korea"] = ("KR", null, null, "The source says 'Korea'; taken as the Republic of Korea."),
            ["Staatsangehörigkeit Asien (ohne Türkei)"] = (null, "asia", null, null),
        };

        private static readonly Dictionary<string, string> CityAgs = new(StringComparer.Ordinal)
        {
            ["Düsseldorf"] = Duesseldorf,
            ["Dortmund"] = Dortmund,
            ["Köln"] = Koeln,
        };

        private void CollectCityFactPopulation()
        {
            foreach (var row in raw.Read("city_facts.csv"))
            {
                if (!CityAgs.TryGetValue(row["city"], out var ags)
                    || row["unit"] != "persons"
                    || row["metric"] is not ("population" or "count")
                    || !FactSubjects.TryGetValue(row["subject"], out var subject)
                    || !IsPeriod(row["reference_date"])
                    || !int.TryParse(row["value"], NumberStyles.None, CultureInfo.InvariantCulture, out var persons))
                {
                    continue;
                }
                var area = ParseFactArea(row["area"]);
                if (area is null)
                {
                    continue;
                }
                var source = row["source"].StartsWith("http", StringComparison.Ordinal) ? WebSource(row["source"]) : DortmundStatistics;
                var note = string.Join(" ", new[] { subject.Note, Text.NullIfEmpty(row["note"]) }.Where(n => n is not null));
                AddFigure(new PopulationFigure(ags, area.Value.District, area.Value.SubDistrict, subject.Alpha2, subject.Group,
                    "all", subject.Sex, Period.Parse(row["reference_date"]), persons, source, false, Text.NullIfEmpty(note)));
            }
        }

        /// <summary>"Stadt", "Stadtbezirk Hombruch" or "Stadtteil Stadtmitte (Stadtbezirk 1)"; other areas are not places of ours.</summary>
        private static (string? District, string? SubDistrict)? ParseFactArea(string area)
        {
            if (area == "Stadt")
            {
                return (null, null);
            }
            var quarter = System.Text.RegularExpressions.Regex.Match(area, @"^Stadtteil (.+) \((Stadtbezirk [0-9]+)\)$");
            if (quarter.Success)
            {
                return (quarter.Groups[2].Value, quarter.Groups[1].Value);
            }
            return area.StartsWith("Stadtbezirk ", StringComparison.Ordinal) ? (area["Stadtbezirk ".Length..], null) : null;
        }

        /// <summary>Share of each nationality among Düsseldorf's foreign residents. TR, GR and PL are the shares of 2019
        /// (Rheinische Post, 17.04.2021); IT, JP, IR and CN follow their ratio to TR in the city's 2006 counts; the rest
        /// are illustrative weights.</summary>
        private static readonly (string Alpha2, double Share)[] IllustrativeNationalities =
        [
            ("TR", 0.083), ("GR", 0.067), ("PL", 0.058), ("RO", 0.045), ("SY", 0.040), ("IT", 0.038), ("BG", 0.030),
            ("JP", 0.027), ("HR", 0.025), ("ES", 0.025), ("IQ", 0.025), ("MA", 0.025), ("UA", 0.020), ("RU", 0.020),
            ("IN", 0.020), ("RS", 0.020), ("FR", 0.015), ("NL", 0.012), ("GB", 0.012), ("PT", 0.012), ("AF", 0.012),
            ("US", 0.010), ("IR", 0.008), ("CN", 0.0075), ("KR", 0.0055),
        ];

        /// <summary>Düsseldorf publishes residents by nationality per Stadtbezirk, but no copy was available: illustrative
        /// figures for 2014–2023, scaled to the real city population and the real count of foreign residents.</summary>
        private void CollectIllustrativeDuesseldorfNationalities()
        {
            var weights = DistrictForeignWeights();
            for (var year = 2014; year <= 2023; year++)
            {
                var foreignCity = 152_232 + ((year - 2019) * (25_844 / 5.0));
                foreach (var (district, weight) in weights)
                {
                    var foreign = foreignCity * weight * Noise.Between($"foreign|{district}|{year}", 0.98, 1.02);
                    AddIllustrative(district, null, "foreign", year, foreign);
                    foreach (var (alpha2, share) in IllustrativeNationalities)
                    {
                        var spread = Noise.Between($"spread|{district}|{alpha2}", 0.6, 1.4);
                        var drift = Noise.Between($"drift|{district}|{alpha2}|{year}", 0.95, 1.05);
                        AddIllustrative(district, alpha2, null, year, foreign * share * spread * drift);
                    }
                }
            }
        }

        private void AddIllustrative(string district, string? alpha2, string? group, int year, double persons) =>
            AddFigure(new PopulationFigure(Duesseldorf, district, null, alpha2, group, "all", null, new Period(year, null),
                (int)Math.Round(persons, MidpointRounding.AwayFromZero), Illustrative, true,
                "Illustrative, not official: generated for demonstration, scaled to the real city totals."));

        /// <summary>Each Stadtbezirk's share of the city's foreign residents: its latest real population times an
        /// illustrative factor. Stadtbezirk 9 has no published total here, so it gets the rest of the 2019 city total.</summary>
        private List<(string District, double Weight)> DistrictForeignWeights()
        {
            var population = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var number in Enumerable.Range(1, 10))
            {
                var district = $"Stadtbezirk {number}";
                if (LatestTotal(Duesseldorf, district, null) is { } latest)
                {
                    population[district] = latest.Persons;
                }
            }
            population["Stadtbezirk 9"] = 645_923 - population.Values.Sum();
            var factors = population.Keys.ToDictionary(d => d, d => population[d] * DistrictFactor(d), StringComparer.Ordinal);
            var total = factors.Values.Sum();
            return [.. Enumerable.Range(1, 10).Select(n => $"Stadtbezirk {n}").Select(d => (d, factors[d] / total))];
        }

        /// <summary>An illustrative per-district factor; also reused for the district indicator values so the two agree.</summary>
        private static double DistrictFactor(string district) => Noise.Between($"factor|{district}", 0.7, 1.4);

        private void AddPopulationObservations()
        {
            foreach (var figure in _figures)
            {
                _population.Add(new Dictionary<string, string?>
                {
                    ["municipality_ags"] = figure.Ags,
                    ["district_name"] = figure.District,
                    ["sub_district_name"] = figure.SubDistrict,
                    ["nationality_alpha2"] = figure.Alpha2,
                    ["nationality_group_key"] = figure.Group,
                    ["migration_category"] = figure.Category,
                    ["sex"] = figure.Sex,
                    ["year"] = Text.Invariant(figure.Period.Year),
                    ["reference_date"] = figure.Period.Date,
                    ["persons"] = Text.Invariant(figure.Persons),
                    ["source_key"] = figure.SourceKey,
                    ["is_illustrative"] = Text.Bool(figure.IsIllustrative),
                    ["note"] = figure.Note,
                });
            }
        }

        // ----- indicator values ----------------------------------------------------------------------------

        private void AddIndicatorObservations()
        {
            var values = raw.Read("inkar_city_indicator_values.csv");
            foreach (var row in values)
            {
                var code = IndicatorCode(row);
                _indicatorValue.Add(new Dictionary<string, string?>
                {
                    ["indicator_code"] = code,
                    ["municipality_ags"] = row["ags"],
                    ["year"] = row["year"],
                    ["value"] = row["value"],
                    ["unit"] = row["unit_de"],
                    ["status"] = "published",
                    ["source_key"] = Inkar,
                    ["is_illustrative"] = "false",
                    ["note"] = $"INKAR spatial reference: {row["inkar_raumbezug"]}; table {row["inkar_table"]}.",
                }, $"{code}|{row["ags"]}|{row["year"]}");
            }
            AddIllustrativeDistrictIndicators(values);
            AddIllustrativeNaturalisations();
        }

        /// <summary>The public data has no value at all for "Einbürgerungen je Ausländer" (SDG 10), not even for the
        /// city; illustrative district values let the graph walk from a WelcomePoint (goal 10) to observations in its
        /// district. Around an illustrative base of 1.8 naturalisations per 100 foreign residents.</summary>
        private void AddIllustrativeNaturalisations()
        {
            const string code = "inkar:q_ebuerg_aus";
            var unit = raw.Read("kommunale_sdg_indikatoren_inkar.csv").Single(r => "inkar:" + r["inkar_kuerzel"] == code)["unit_de"];
            var meanFactor = Enumerable.Range(1, 10).Average(n => DistrictFactor($"Stadtbezirk {n}"));
            for (var year = 2014; year <= 2023; year++)
            {
                foreach (var number in Enumerable.Range(1, 10))
                {
                    var district = $"Stadtbezirk {number}";
                    var factor = meanFactor / DistrictFactor(district) * Noise.Between($"{code}|{district}|{year}", 0.85, 1.15);
                    var value = Math.Round(1.8m * (decimal)factor, 2, MidpointRounding.AwayFromZero);
                    _indicatorValue.Add(new Dictionary<string, string?>
                    {
                        ["indicator_code"] = code,
                        ["municipality_ags"] = Duesseldorf,
                        ["district_name"] = district,
                        ["year"] = Text.Invariant(year),
                        ["value"] = Text.Invariant(value),
                        ["unit"] = unit,
                        ["status"] = "illustrative",
                        ["source_key"] = Illustrative,
                        ["is_illustrative"] = "true",
                        ["note"] = "Illustrative, not official: no real value of this indicator was available; generated for demonstration.",
                    }, $"{code}|{Duesseldorf}|{district}|{year}");
                }
            }
        }

        /// <summary>Indicator values per Düsseldorf Stadtbezirk do not exist in the public data; illustrative ones, spread
        /// around the real city value with the same district factors as the illustrative nationality figures.</summary>
        private void AddIllustrativeDistrictIndicators(IEnumerable<Dictionary<string, string>> values)
        {
            string[] codes = ["inkar:q_newfBGu15_bev", "inkar:a_GSa", "inkar:a_schul_oA"];
            var cityRows = values.Where(r => r["ags"] == Duesseldorf && codes.Contains(IndicatorCode(r)));
            var meanFactor = Enumerable.Range(1, 10).Average(n => DistrictFactor($"Stadtbezirk {n}"));
            foreach (var row in cityRows)
            {
                var code = IndicatorCode(row);
                var cityValue = decimal.Parse(row["value"], CultureInfo.InvariantCulture);
                foreach (var number in Enumerable.Range(1, 10))
                {
                    var district = $"Stadtbezirk {number}";
                    var factor = DistrictFactor(district) / meanFactor * Noise.Between($"{code}|{district}|{row["year"]}", 0.93, 1.07);
                    var value = Math.Round(cityValue * (decimal)factor, 2, MidpointRounding.AwayFromZero);
                    _indicatorValue.Add(new Dictionary<string, string?>
                    {
                        ["indicator_code"] = code,
                        ["municipality_ags"] = Duesseldorf,
                        ["district_name"] = district,
                        ["year"] = row["year"],
                        ["value"] = Text.Invariant(value),
                        ["unit"] = row["unit_de"],
                        ["status"] = "illustrative",
                        ["source_key"] = Illustrative,
                        ["is_illustrative"] = "true",
                        ["note"] = "Illustrative, not official: the real city value spread over the districts for demonstration.",
                    }, $"{code}|{Duesseldorf}|{district}|{row["year"]}");
                }
            }
        }

        // ----- programmes ----------------------------------------------------------------------------------

        private void AddProgramme(string key, string ags, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
            string provider, string category, string? startDate, string? url, string sourceKey)
        {
            _programme.Add(new Dictionary<string, string?>
            {
                ["key"] = key,
                ["municipality_ags"] = ags,
                ["name_de"] = nameDe,
                ["name_en"] = nameEn,
                ["description_de"] = descriptionDe,
                ["description_en"] = descriptionEn,
                ["provider"] = provider,
                ["category"] = category,
                ["status"] = "active",
                ["start_date"] = startDate,
                ["url"] = url,
                ["source_key"] = sourceKey,
            }, key);
        }

        private void Link(OutputTable table, string programme, string column, string value, string? assignedBy = null)
        {
            var row = new Dictionary<string, string?> { ["programme_key"] = programme, [column] = value };
            if (assignedBy is not null)
            {
                row["assigned_by"] = assignedBy;
            }
            table.Add(row, programme + "|" + value);
        }

        private void AddProgrammes()
        {
            const string city = "Landeshauptstadt Düsseldorf";
            int[] duesseldorfGoals = [1, 4, 5, 10, 11, 16, 17];

            AddProgramme("duesseldorf-integrationskonzept-2017", Duesseldorf,
                "Integrationskonzept der Landeshauptstadt Düsseldorf", "Integration concept of the City of Düsseldorf",
                "Ratsweites Integrationskonzept, beschlossen am 10. März 2017.", "Council-wide integration concept, adopted on 10 March 2017.",
                "Rat der Landeshauptstadt Düsseldorf", "strategy", "2017-03-10", null, ProjectBrief);
            AddProgramme("duesseldorf-amt-migration-integration", Duesseldorf,
                "Amt für Migration und Integration", "Office for Migration and Integration",
                "Städtisches Amt für Migration und Integration, seit dem 1. Januar 2018.", "The city's office for migration and integration, since 1 January 2018.",
                city, "administration", "2018-01-01", "https://www.duesseldorf.de/amt-fuer-migration-und-integration", "duesseldorf-amt-migration-integration");
            foreach (var programme in new[] { "duesseldorf-integrationskonzept-2017", "duesseldorf-amt-migration-integration" })
            {
                Link(_programmeTargetGroup, programme, "target_group", "all_residents");
                foreach (var goal in duesseldorfGoals)
                {
                    Link(_programmeGoal, programme, "goal_number", Text.Invariant(goal), "source");
                }
                Link(_programmeTarget, programme, "target_code", "10.2", "project");
                Link(_programmeTarget, programme, "target_code", "10.7", "project");
                Link(_programmeTarget, programme, "target_code", "16.7", "project");
            }

            foreach (var number in Enumerable.Range(1, 10))
            {
                var key = $"duesseldorf-welcome-point-{number}";
                AddProgramme(key, Duesseldorf, $"WelcomePoint Stadtbezirk {number}", $"WelcomePoint district {number}",
                    $"Zentrale Anlaufstelle für Zugewanderte im Stadtbezirk {number}.", $"Central point of contact for newcomers in district {number}.",
                    city, "welcome_point", null, null, "gruene-duesseldorf-welcome-points");
                _programmeDistrict.Add(new Dictionary<string, string?>
                {
                    ["programme_key"] = key,
                    ["municipality_ags"] = Duesseldorf,
                    ["district_name"] = $"Stadtbezirk {number}",
                }, key);
                Link(_programmeTargetGroup, key, "target_group", "newcomers");
                foreach (var goal in new[] { 10, 11, 16 })
                {
                    Link(_programmeGoal, key, "goal_number", Text.Invariant(goal), "project");
                }
                Link(_programmeTarget, key, "target_code", "10.2", "project");
            }

            AddProgramme("duesseldorf-migrationsberatung-erwachsene", Duesseldorf,
                "Migrationsberatung für erwachsene Zugewanderte (MBE)", "Migration counselling for adult immigrants (MBE)",
                "Beratung der Wohlfahrtsverbände; 2020: 3.530 Klient*innen und 9.285 Beratungstermine.",
                "Counselling by the welfare associations; 2020: 3,530 clients and 9,285 counselling appointments.",
                "Wohlfahrtsverbände in Düsseldorf", "counselling", null,
                "https://www.liga-duesseldorf.de/migrationsberatung-fuer-erwachsene-zugewanderte-in-duesseldorf", "liga-duesseldorf-migrationsberatung");
            Link(_programmeTargetGroup, "duesseldorf-migrationsberatung-erwachsene", "target_group", "adult_immigrants");
            AddProgramme("duesseldorf-jugendmigrationsdienst", Duesseldorf,
                "Jugendmigrationsdienst", "Youth migration service",
                "Beratung junger Zugewanderter; 2020: 436 weitere Fälle neben der MBE.", "Counselling of young immigrants; 2020: 436 further cases besides the MBE.",
                "Wohlfahrtsverbände in Düsseldorf", "counselling", null, null, "liga-duesseldorf-migrationsberatung");
            Link(_programmeTargetGroup, "duesseldorf-jugendmigrationsdienst", "target_group", "young_immigrants");
            foreach (var programme in new[] { "duesseldorf-migrationsberatung-erwachsene", "duesseldorf-jugendmigrationsdienst" })
            {
                Link(_programmeGoal, programme, "goal_number", "10", "project");
                Link(_programmeTarget, programme, "target_code", "10.7", "project");
            }
            Link(_programmeGoal, "duesseldorf-jugendmigrationsdienst", "goal_number", "4", "project");
        }

        // ----- networks ------------------------------------------------------------------------------------

        private void AddNetwork(string key, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
            string kind, string scope, int? founded, string? url, string sourceKey)
        {
            _network.Add(new Dictionary<string, string?>
            {
                ["key"] = key,
                ["name_de"] = nameDe,
                ["name_en"] = nameEn,
                ["description_de"] = descriptionDe,
                ["description_en"] = descriptionEn,
                ["kind"] = kind,
                ["scope"] = scope,
                ["founded_year"] = founded is { } year ? Text.Invariant(year) : null,
                ["url"] = url,
                ["source_key"] = sourceKey,
            }, key);
        }

        private void AddMembership(string ags, string network, string role, int? joinedYear, string sourceKey, string? note)
        {
            _membership.Add(new Dictionary<string, string?>
            {
                ["municipality_ags"] = ags,
                ["network_key"] = network,
                ["role"] = role,
                ["joined_year"] = joinedYear is { } year ? Text.Invariant(year) : null,
                ["source_key"] = sourceKey,
                ["note"] = note,
            }, ags + "|" + network);
        }

        private void AddNetworks()
        {
            AddNetwork("eurocities", "Eurocities", "Eurocities",
                "Netzwerk großer europäischer Städte, gegründet 1986; über 200 Städte mit 130 Millionen Einwohnerinnen und Einwohnern.",
                "Network of major European cities, founded in 1986; more than 200 cities with 130 million inhabitants.",
                "city_network", "europe", 1986, "https://eurocities.eu/", WebSource("https://en.wikipedia-on-ipfs.org/wiki/Eurocities"));
            AddNetwork("integrating-cities-charter", "Integrating Cities Charter", "Integrating Cities Charter",
                "Selbstverpflichtung von Städten zur Integration von Zugewanderten, 2010 von 17 Bürgermeisterinnen und Bürgermeistern in London unterzeichnet (Eurocities-Prozess Integrating Cities seit 2006).",
                "Cities' commitment to the integration of migrants, signed by 17 European mayors in London in 2010 (part of Eurocities' Integrating Cities process, since 2006).",
                "charter", "europe", 2010, "http://integratingcities.eu/", "integrating-cities-charter");
            AddNetwork("fairtrade-towns", "Fairtrade-Towns", "Fairtrade Towns",
                "Kampagne, die Städte und Gemeinden für ihr Engagement für den fairen Handel auszeichnet.",
                "Campaign that awards towns and cities the title for their commitment to fair trade.",
                "campaign", "world", null, null, ProjectBrief);
            AddNetwork("cemr", "Rat der Gemeinden und Regionen Europas (RGRE)", "Council of European Municipalities and Regions (CEMR)",
                "Europäischer Verband der kommunalen und regionalen Gebietskörperschaften.", "European association of local and regional governments.",
                "association", "europe", null, null, ProjectBrief);
            AddNetwork("covenant-of-mayors", "Konvent der Bürgermeister für Klima und Energie", "Covenant of Mayors for Climate & Energy",
                "Selbstverpflichtung von Städten zu Klimaschutz und Energiewende.", "Cities' commitment to climate action and the energy transition.",
                "charter", "europe", null, null, ProjectBrief);

            AddMembership(Dortmund, "eurocities", "member", 1996, ProjectBrief, null);
            AddMembership(Dortmund, "integrating-cities-charter", "signatory", null, ProjectBrief,
                "The project material says Dortmund joined the charter; the date was not found.");
            AddMembership(Dinslaken, "fairtrade-towns", "certified", 2009, ProjectBrief,
                "Fairtrade Town since 2009 according to the project material; no public source was found.");
        }
    }

    /// <summary>A district (District is null) or sub-district (District names its district) of a municipality.</summary>
    internal sealed class Place(string ags, string? district, string name, string? number, int sortOrder, string sourceKey)
    {
        public string Ags { get; } = ags;
        public string? District { get; } = district;
        public string Name { get; } = name;
        public string? Number { get; } = number;
        public int SortOrder { get; } = sortOrder;
        public string SourceKey { get; } = sourceKey;
        public decimal? Area { get; set; }
        public int? AreaYear { get; set; }
    }

    /// <summary>One count of residents, with the same dimensions as population_observation.csv.</summary>
    internal sealed record PopulationFigure(
        string Ags, string? District, string? SubDistrict, string? Alpha2, string? Group, string Category, string? Sex,
        Period Period, int Persons, string SourceKey, bool IsIllustrative, string? Note)
    {
        public string Key => string.Join("|", Ags, District, SubDistrict, Alpha2, Group, Category, Sex, Period.Year);
    }

    /// <summary>Reads the public source files; each is small enough to hold in memory while building.</summary>
    internal sealed class RawData(string folder)
    {
        public IReadOnlyList<Dictionary<string, string>> Read(string fileName)
        {
            using var reader = new StreamReader(Path.Combine(folder, fileName), new UTF8Encoding(false, true));
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
            var rows = new List<Dictionary<string, string>>();
            csv.Read();
            csv.ReadHeader();
            var header = csv.HeaderRecord!;
            while (csv.Read())
            {
                var row = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var name in header)
                {
                    row[name] = csv.GetField(name) ?? "";
                }
                rows.Add(row);
            }
            return rows;
        }
    }

    /// <summary>One output CSV file: fixed columns, rows in the order they were added.</summary>
    internal sealed class OutputTable(string name, params string[] columns)
    {
        private readonly List<string[]> _rows = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

        public string Name { get; } = name;
        public IReadOnlyList<string> Columns { get; } = columns;
        public int Count => _rows.Count;

        /// <summary>Adds a row given by column name; unknown names are a bug of the builder.</summary>
        public void Add(IReadOnlyDictionary<string, string?> values, string? naturalKey = null)
        {
            foreach (var name in values.Keys)
            {
                if (!Columns.Contains(name))
                {
                    throw new InvalidOperationException($"{Name}: unknown column '{name}'");
                }
            }
            if (naturalKey is not null && !_keys.Add(naturalKey))
            {
                throw new InvalidOperationException($"{Name}: duplicate natural key '{naturalKey}'");
            }
            _rows.Add([.. Columns.Select(c => values.TryGetValue(c, out var v) ? v ?? "" : "")]);
        }

        public void WriteTo(string folder)
        {
            var path = Path.Combine(folder, Name + ".csv");
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
            using var csv = new CsvWriter(writer, config);
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var row in _rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value);
                }
                csv.NextRecord();
            }
        }
    }

    /// <summary>Deterministic pseudo-random numbers for illustrative figures: a hash of a label, so the value
    /// of one figure never depends on the order in which others were generated.</summary>
    internal static class Noise
    {
        private const string Seed = "OpenIntegrationData illustrative seed 1";

        /// <summary>A number in [0, 1) fixed by the label.</summary>
        public static double Unit(string label)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "|" + label));
            var bits = BitConverter.ToUInt64(hash, 0) >> 11;
            return bits / (double)(1UL << 53);
        }

        /// <summary>A number in [low, high) fixed by the label.</summary>
        public static double Between(string label, double low, double high) => low + ((high - low) * Unit(label));
    }

    /// <summary>A year, optionally with an exact day, as the sources state reference dates ("2009", "2009-12", "2020-12-31").</summary>
    internal readonly record struct Period(int Year, string? Date)
    {
        public static Period Parse(string text)
        {
            if (text.Length == 10)
            {
                var day = DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return new Period(day.Year, text);
            }
            return new Period(int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture), null);
        }

        /// <summary>Orders periods so that later years win and, within a year, an exact day beats a bare year.</summary>
        public int Rank => (Year * 10) + (Date is null ? 0 : 1);
    }

    internal static class Text
    {
        public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Bool(bool value) => value ? "true" : "false";

        public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}

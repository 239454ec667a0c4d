using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Nationalities.</summary>
internal sealed partial class SeedDataBuilder
{
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

    private void AddDestatisCodesWithoutCountry(IEnumerable<SourceRecord> destatis)
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
}

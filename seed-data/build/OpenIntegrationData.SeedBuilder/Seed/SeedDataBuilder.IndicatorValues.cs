using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: IndicatorValues.</summary>
internal sealed partial class SeedDataBuilder
{
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
    private void AddIllustrativeDistrictIndicators(IEnumerable<SourceRecord> values)
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
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Translations;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: SdgFramework.</summary>
internal sealed partial class SeedDataBuilder
{
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
                ["english_by_project"] = "false",
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
                ["title_en"] = English(code).Title,
                ["short_title_en"] = English(code).Title,
                ["definition_de"] = row["definition_de"],
                ["definition_en"] = English(code).Definition,
                ["unit_de"] = row["unit_de"],
                ["unit_en"] = English(code).Unit,
                ["english_by_project"] = "true",
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
                ["title_en"] = English(code).Title,
                ["short_title_en"] = English(code).Title,
                ["definition_de"] = row["definition_de"],
                ["definition_en"] = English(code).Definition,
                ["unit_de"] = row["unit_de"],
                ["unit_en"] = English(code).Unit,
                ["english_by_project"] = "true",
                ["is_repeat"] = "false",
                ["in_un_list"] = "false",
                ["inkar_code"] = row["inkar_kuerzel"],
                ["source_key"] = Inkar,
            }, code);
        }
    }

    /// <summary>Values whose table defines the indicator as the SDG set does belong to the municipal indicator;
    /// the others to a context indicator named after their INKAR table.</summary>
    private string IndicatorCode(SourceRecord valueRow)
    {
        if (valueRow["sdg_goal"].Length > 0)
        {
            var code = "inkar:" + valueRow["inkar_kuerzel"];
            return _municipalCodes.Contains(code) ? code : throw new InvalidOperationException($"not in the municipal set: {code}");
        }
        var table = valueRow["inkar_table"].Split('/')[^1];
        return $"inkar:{table}/{valueRow["inkar_kuerzel"]}";
    }

    /// <summary>The project's English texts of a municipal or context indicator (INKAR publishes German only).</summary>
    private IndicatorTextEn English(string code) =>
        _english.Value.TryGetValue(code, out var text) ? text : throw new InvalidOperationException($"no English text for {code} in {IndicatorTextsEn.FileName}");
}

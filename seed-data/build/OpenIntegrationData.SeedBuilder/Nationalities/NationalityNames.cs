using OpenIntegrationData.SeedBuilder.Readers.SharedData;

namespace OpenIntegrationData.SeedBuilder.Nationalities;

/// <summary>
/// Maps nationality names as German statistics offices print them to Destatis and ISO 3166 codes. A name maps when the
/// Destatis code list (version 2021-02-19) spells it exactly so, or when it is one of the <see cref="GenesisSpellings"/>:
/// GENESIS's long official forms and the validity dates it adds to former states. Nothing is matched loosely, so a
/// name that is neither is refused rather than guessed.
/// </summary>
public sealed class NationalityNames
{
    /// <summary>GENESIS spellings that differ from the code list, each with the code it denotes and why.</summary>
    public static IReadOnlyDictionary<string, (string[] Codes, string Why)> GenesisSpellings { get; } =
        new Dictionary<string, (string[], string)>(StringComparer.Ordinal)
        {
            ["Belarus"] = (["169"], "the code list's 'Weißrussland'; ISO 3166 BY"),
            ["Bolivien, Plurinationaler Staat"] = (["326"], "official long form of 'Bolivien'"),
            ["Cote d'Ivoire"] = (["231"], "'Côte d’Ivoire' written without accent and with a straight apostrophe"),
            ["Iran, Islamische Republik"] = (["439"], "official long form of 'Iran'"),
            ["Jugoslawien, Bundesrep. (27.04.1992-04.02.2003)"] = (["138"], "'Jugoslawien, Bundesrepublik' with its dates"),
            ["Kongo, Republik"] = (["245"], "'Kongo' (the Republic, not the Democratic Republic, code 246)"),
            ["Laos, Demokratische Volksrepublik"] = (["449"], "official long form of 'Laos'"),
            ["Moldau, Republik"] = (["146"], "official long form of 'Moldau'"),
            ["Montenegro (ab 03.06.2006)"] = (["140"], "'Montenegro' with the date from which it counts on its own"),
            ["Sao Tome und Principe"] = (["268"], "'São Tomé und Príncipe' written without accents"),
            ["Serbien (einschl. Kosovo) (03.06.2006-16.02.2008)"] = (["133"], "'Serbien (einschließlich Kosovo)' with its dates"),
            ["Serbien und Montenegro (05.02.2003-02.06.2006)"] = (["132"], "'Serbien und Montenegro' with its dates"),
            ["Sowjetunion (bis 25.12.1991)"] = (["159"], "'Sowjetunion' with its end date"),
            ["Staatenlos"] = (["997"], "'staatenlos', capitalised as a table row"),
            ["Sudan (einschließlich Südsudan) (bis 08.07.2011)"] = (["276"], "'Sudan (einschließlich Südsudan)' with its end date"),
            ["Sudan (ohne Südsudan) (ab 09.07.2011)"] = (["277"], "'Sudan' after South Sudan's independence"),
            ["Südsudan (ab 09.07.2011)"] = (["278"], "'Südsudan' with its start date"),
            ["Tschechoslowakei (bis 31.12.1992)"] = (["162"], "'Tschechoslowakei' with its end date"),
            ["Ungeklärt / Ohne Angabe"] = (["998", "999"], "GENESIS adds 'ungeklärt' (998) and 'ohne Angabe' (999) in one row"),
            ["Venezuela, Bolivarische Republik"] = (["367"], "official long form of 'Venezuela'"),
        };

    private readonly Dictionary<string, DestatisNationality> _byCode;
    private readonly Dictionary<string, DestatisNationality> _byName;

    public NationalityNames(IReadOnlyList<DestatisNationality> codeList)
    {
        _byCode = codeList.ToDictionary(n => n.Code, StringComparer.Ordinal);
        _byName = codeList.ToDictionary(n => n.NameDe, StringComparer.Ordinal);
        foreach (var (name, (codes, _)) in GenesisSpellings)
        {
            if (codes.FirstOrDefault(c => !_byCode.ContainsKey(c)) is { } missing)
            {
                throw new InvalidOperationException($"'{name}' maps to Destatis code {missing}, which the code list does not have");
            }
        }
    }

    /// <summary>The codes of a name, or null when the name is not known.</summary>
    public NationalityCode? Find(string name)
    {
        if (_byName.TryGetValue(name, out var exact))
        {
            return new NationalityCode(name, [exact.Code], exact.Alpha2, "spelled so in the Destatis code list");
        }
        if (GenesisSpellings.TryGetValue(name, out var spelling))
        {
            var alpha2 = spelling.Codes.Length == 1 ? _byCode[spelling.Codes[0]].Alpha2 : null;
            return new NationalityCode(name, spelling.Codes, alpha2, spelling.Why);
        }
        return null;
    }
}

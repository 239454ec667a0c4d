using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using OpenIntegrationData.SeedBuilder.Nationalities;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;

/// <summary>
/// Reads the two Baden-Württemberg JSON files of the bw-datenatlas (Destatis GENESIS tables 12521-0041 and
/// 12411-03-03-4-B per Kreis). Kreis ids must be AGS Kreis codes of the Land (08xxx), counts whole numbers, and every
/// nationality name must map to a code (<see cref="NationalityNames"/>); anything else is refused with file:line.
/// </summary>
public static partial class BwJsonReader
{
    public const string NationalitiesType = "district_foreign_population_by_nationality";
    public const string AgeNationalityType = "district_population_by_age_and_nationality";

    public static BwNationalitiesFile ReadNationalities(string path, NationalityNames names)
    {
        var root = LocatedJson.Read(path);
        var facts = Facts(root, NationalitiesType);
        var kreise = Kreise(root, (json, kreis) =>
        {
            var counts = json["nationalities"].Object()
                .Select(p => new BwNationalityCount(p.Value.Line,
                    names.Find(p.Name) ?? throw p.Value.Problem($"unknown nationality name '{p.Name}' (neither in the Destatis code list nor a known GENESIS spelling)"),
                    p.Value.Count()))
                .ToList();
            return new BwKreisNationalities(json.Line, kreis, counts, json["foreign_total"].Count(), json["named_share_percent"].Decimal());
        });
        return new BwNationalitiesFile(facts, root["coverage"]["nationalities"].Count(), kreise);
    }

    public static BwAgeNationalityFile ReadAgeNationality(string path)
    {
        var root = LocatedJson.Read(path);
        var facts = Facts(root, AgeNationalityType);
        var groups = root["age_group_order"].Array().Select(AgeGroup).ToList();
        var kreise = Kreise(root, (json, kreis) =>
        {
            var byAge = json["age_groups"].Object();
            var published = byAge.Select(p => p.Name).ToList();
            if (!published.SequenceEqual(groups.Select(g => g.Label)))
            {
                throw json["age_groups"].Problem($"the age groups are not those of age_group_order: {string.Join(", ", published)}");
            }
            var counts = byAge.Select((p, i) => new BwAgeCount(groups[i], p.Value["total"].Count(), p.Value["german"].Count(), p.Value["foreign"].Count())).ToList();
            return new BwKreisPopulation(json.Line, kreis, counts, json["population"].Count(), json["german"].Count(), json["foreign"].Count(),
                json["foreign_share_percent"].Decimal());
        });
        return new BwAgeNationalityFile(facts, groups, kreise);
    }

    private static BwFileFacts Facts(LocatedJson root, string type)
    {
        var published = root["type"].String();
        if (published != type)
        {
            throw root["type"].Problem($"type '{published}', expected '{type}'");
        }
        return new BwFileFacts(ReferenceDate(root["reference_date"]), root["source"].String(), root["source_url"].String(),
            root["licence"].String(), root["licence_url"].String());
    }

    private static List<T> Kreise<T>(LocatedJson root, Func<LocatedJson, BwKreis, T> read)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var json in root["districts"].Array())
        {
            var id = json["id"].String();
            if (!KreisId().IsMatch(id))
            {
                throw json["id"].Problem($"'{id}' is not an AGS Kreis code of Baden-Württemberg (08 and three digits)");
            }
            if (!seen.Add(id))
            {
                throw json["id"].Problem($"Kreis {id} appears twice");
            }
            result.Add(read(json, new BwKreis(id, json["name"].String())));
        }
        return result;
    }

    /// <summary>"31.12.2025" or "2025-12-31": the two files write the same day differently.</summary>
    private static LocalDate ReferenceDate(LocatedJson json)
    {
        var text = json.String();
        foreach (var pattern in new[] { "dd'.'MM'.'uuuu", "uuuu'-'MM'-'dd" })
        {
            var result = LocalDatePattern.CreateWithInvariantCulture(pattern).Parse(text);
            if (result.Success)
            {
                return result.Value;
            }
        }
        throw json.Problem($"'{text}' is not a date (dd.MM.yyyy or yyyy-MM-dd)");
    }

    private static BwAgeGroup AgeGroup(LocatedJson json)
    {
        var label = json.String();
        var under = Under().Match(label);
        if (under.Success)
        {
            return new BwAgeGroup(label, 0, Number(under.Groups[1].Value));
        }
        var between = Between().Match(label);
        if (between.Success)
        {
            return new BwAgeGroup(label, Number(between.Groups[1].Value), Number(between.Groups[2].Value));
        }
        var over = AndOver().Match(label);
        return over.Success
            ? new BwAgeGroup(label, Number(over.Groups[1].Value), null)
            : throw json.Problem($"'{label}' is not an age group ('unter N Jahre', 'N bis unter M Jahre', 'N Jahre und mehr')");
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex("^08[0-9]{3}$")]
    private static partial Regex KreisId();

    [GeneratedRegex("^unter ([0-9]+) Jahre$")]
    private static partial Regex Under();

    [GeneratedRegex("^([0-9]+) bis unter ([0-9]+) Jahre$")]
    private static partial Regex Between();

    [GeneratedRegex("^([0-9]+) Jahre und mehr$")]
    private static partial Regex AndOver();
}

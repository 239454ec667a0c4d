using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.SharedData;

/// <summary>A row of the Destatis nationality code list (destatis_staatsangehoerigkeit.csv).</summary>
public sealed record DestatisNationality(int Line, string Code, string NameDe, string ContinentGroupDe, string? Alpha2, bool IsEuMember);

/// <summary>A row of the ISO 3166-1 list with German names (countries.csv, from Debian iso-codes).</summary>
public sealed record IsoCountry(
    int Line, string Alpha2, string Alpha3, string Numeric, string NameEn, string? CommonNameEn, string? OfficialNameEn,
    string NameDe, string? CommonNameDe, string? OfficialNameDe, bool IsEuMember, string? DestatisCode);

/// <summary>Reads the two code lists of ../shared/data that name countries and nationalities.</summary>
public static class CodeListReaders
{
    public static IReadOnlyList<string> DestatisHeader { get; } = ["destatis_code", "name_de", "continent_group_de", "iso_alpha2", "is_eu_member"];

    public static IReadOnlyList<string> CountriesHeader { get; } =
    [
        "alpha2", "alpha3", "numeric", "name_en", "common_name_en", "official_name_en", "name_de", "common_name_de",
        "official_name_de", "is_eu_member", "destatis_code",
    ];

    public static IReadOnlyList<DestatisNationality> ReadDestatis(string path) =>
        [.. DelimitedFile.Read(path, ',', DestatisHeader).Select(r => new DestatisNationality(
            r.Line, Code(r, "destatis_code", 3)!, Required(r, "name_de"), Required(r, "continent_group_de"),
            Alpha2(r, "iso_alpha2"), Bool(r, "is_eu_member")))];

    public static IReadOnlyList<IsoCountry> ReadCountries(string path) =>
        [.. DelimitedFile.Read(path, ',', CountriesHeader).Select(r => new IsoCountry(
            r.Line, Alpha2(r, "alpha2") ?? throw r.Problem("alpha2", "empty"), Required(r, "alpha3"), Code(r, "numeric", 3)!,
            Required(r, "name_en"), Optional(r["common_name_en"]), Optional(r["official_name_en"]), Required(r, "name_de"),
            Optional(r["common_name_de"]), Optional(r["official_name_de"]), Bool(r, "is_eu_member"),
            Optional(r["destatis_code"]) is null ? null : Code(r, "destatis_code", 3)))];

    internal static string? Optional(string text) => text.Length == 0 ? null : text;

    internal static string Required(SourceRecord record, string column) =>
        record[column].Length > 0 ? record[column] : throw record.Problem(column, "empty");

    internal static bool Bool(SourceRecord record, string column) => record[column] switch
    {
        "true" => true,
        "false" => false,
        var other => throw record.Problem(column, $"'{other}' is not true or false"),
    };

    private static string? Code(SourceRecord record, string column, int digits)
    {
        var text = record[column];
        return text.Length == digits && text.All(char.IsAsciiDigit) ? text : throw record.Problem(column, $"'{text}' is not a {digits}-digit code");
    }

    private static string? Alpha2(SourceRecord record, string column)
    {
        var text = record[column];
        return text.Length == 0 ? null
            : text.Length == 2 && text.All(char.IsAsciiLetterUpper) ? text
            : throw record.Problem(column, $"'{text}' is not an ISO 3166-1 alpha-2 code");
    }
}

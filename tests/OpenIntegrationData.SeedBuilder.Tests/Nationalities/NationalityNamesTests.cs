using OpenIntegrationData.SeedBuilder.Nationalities;
using OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;
using OpenIntegrationData.SeedBuilder.Readers.SharedData;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Nationalities;

/// <summary>Nationality names as GENESIS prints them → Destatis and ISO 3166 codes: every one maps, none is guessed.</summary>
public sealed class NationalityNamesTests
{
    private static readonly IReadOnlyList<string> BwNames = BwJsonReader
        .ReadNationalities(SharedData.Path("cities", "baden-wuerttemberg", "district-nationalities-2025.json"), Names.FromSharedData())
        .Kreise.SelectMany(k => k.Nationalities).Select(n => n.Nationality.Name).Distinct().ToList();

    [Fact]
    public void All_178_Baden_Wuerttemberg_names_map_to_a_Destatis_code()
    {
        var names = Names.FromSharedData();
        var codes = BwNames.Select(n => names.Find(n)).ToList();
        Assert.Equal(178, codes.Count);
        Assert.All(codes, c => Assert.NotEmpty(c!.DestatisCodes));
        // No two names denote the same code: nothing was folded together.
        Assert.Equal(178, codes.Select(c => string.Join("+", c!.DestatisCodes)).Distinct().Count());
    }

    [Fact]
    public void Every_hand_checked_spelling_occurs_in_the_file_and_points_to_a_code_of_the_list()
    {
        var destatis = CodeListReaders.ReadDestatis(SharedData.Path("destatis_staatsangehoerigkeit.csv")).Select(d => d.Code).ToHashSet();
        foreach (var (name, (codes, why)) in NationalityNames.GenesisSpellings)
        {
            Assert.Contains(name, BwNames);
            Assert.All(codes, c => Assert.Contains(c, destatis));
            Assert.False(string.IsNullOrWhiteSpace(why));
        }
    }

    [Theory]
    [InlineData("Türkei", "163", "TR")]
    [InlineData("Kroatien", "130", "HR")]
    [InlineData("Belarus", "169", "BY")]
    [InlineData("Kongo, Republik", "245", "CG")]
    [InlineData("Sowjetunion (bis 25.12.1991)", "159", null)]
    [InlineData("Jugoslawien, Bundesrep. (27.04.1992-04.02.2003)", "138", null)]
    [InlineData("Serbien und Montenegro (05.02.2003-02.06.2006)", "132", null)]
    [InlineData("Kosovo", "150", null)]
    [InlineData("Staatenlos", "997", null)]
    public void Name_maps_to_the_Destatis_code_and_the_ISO_country_where_one_exists(string name, string destatis, string? alpha2)
    {
        var code = Names.FromSharedData().Find(name)!;
        Assert.Equal([destatis], code.DestatisCodes);
        Assert.Equal(alpha2, code.Alpha2);
    }

    [Fact]
    public void Combined_unknown_row_maps_to_both_codes_and_no_country()
    {
        var code = Names.FromSharedData().Find("Ungeklärt / Ohne Angabe")!;
        Assert.Equal(["998", "999"], code.DestatisCodes);
        Assert.Null(code.Alpha2);
    }

    [Theory]
    [InlineData("Turkei")]
    [InlineData("türkei")]
    [InlineData("Jugoslawien (bis 1992)")]
    [InlineData("Weissrussland")]
    [InlineData("")]
    public void Unknown_or_misspelled_name_is_not_guessed(string name) => Assert.Null(Names.FromSharedData().Find(name));
}

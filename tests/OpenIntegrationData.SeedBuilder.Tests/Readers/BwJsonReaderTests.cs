using NodaTime;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Readers.BadenWuerttemberg;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Readers;

/// <summary>The Baden-Württemberg JSON files (Destatis GENESIS per Kreis), checked against their own totals.</summary>
public sealed class BwJsonReaderTests
{
    private static readonly string NationalitiesPath = SharedData.Path("cities", "baden-wuerttemberg", "district-nationalities-2025.json");
    private static readonly string AgePath = SharedData.Path("cities", "baden-wuerttemberg", "district-age-nationality-2025.json");

    private static BwNationalitiesFile Nationalities() => BwJsonReader.ReadNationalities(NationalitiesPath, Names.FromSharedData());

    [Fact]
    public void Nationalities_file_has_44_Kreise_and_the_178_nationalities_it_says_it_covers()
    {
        var file = Nationalities();
        Assert.Equal(44, file.Kreise.Count);
        Assert.Equal(new LocalDate(2025, 12, 31), file.Facts.ReferenceDate);
        Assert.Equal(178, file.NationalityCount);
        Assert.Equal(178, file.Kreise.SelectMany(k => k.Nationalities).Select(n => n.Nationality.Name).Distinct().Count());
        Assert.Contains("12521-0041", file.Facts.Source, StringComparison.Ordinal);
        Assert.Equal("https://www.govdata.de/dl-de/by-2-0", file.Facts.LicenceUrl);
    }

    [Fact]
    public void Nationalities_sum_to_foreign_total_within_the_registers_rounding_to_fives()
    {
        foreach (var kreis in Nationalities().Kreise)
        {
            var sum = kreis.Nationalities.Sum(n => n.Count);
            Assert.All(kreis.Nationalities, n => Assert.Equal(0, n.Count % 5));
            Assert.True(kreis.Nationalities.All(n => n.Count > 0), kreis.Kreis.Id);
            // The file's own check: the named share of the total, to one decimal.
            Assert.Equal(kreis.NamedSharePercent, Math.Round((decimal)sum / kreis.ForeignTotal * 100, 1, MidpointRounding.AwayFromZero));
            // Each count is rounded to a multiple of 5, so the listed counts miss the total by a few rounding steps at most.
            Assert.InRange(kreis.ForeignTotal - sum, -15, 50);
        }
    }

    [Fact]
    public void Age_file_total_is_german_plus_foreign_in_every_cell_and_the_groups_sum_to_the_Kreis()
    {
        var file = BwJsonReader.ReadAgeNationality(AgePath);
        Assert.Equal(44, file.Kreise.Count);
        Assert.Equal(21, file.AgeGroups.Count);
        Assert.Equal((0, (int?)3), (file.AgeGroups[0].From, file.AgeGroups[0].Under));
        Assert.Equal((90, (int?)null), (file.AgeGroups[^1].From, file.AgeGroups[^1].Under));
        foreach (var kreis in file.Kreise)
        {
            Assert.All(kreis.ByAge, a => Assert.Equal(a.Total, a.German + a.Foreign));
            Assert.Equal(kreis.Population, kreis.ByAge.Sum(a => a.Total));
            Assert.Equal(kreis.German, kreis.ByAge.Sum(a => a.German));
            Assert.Equal(kreis.Foreign, kreis.ByAge.Sum(a => a.Foreign));
            Assert.Equal(kreis.Population, kreis.German + kreis.Foreign);
            Assert.Equal(kreis.ForeignSharePercent, Math.Round((decimal)kreis.Foreign / kreis.Population * 100, 1, MidpointRounding.AwayFromZero));
        }
    }

    [Fact]
    public void Both_files_describe_the_same_44_Kreise()
    {
        var age = BwJsonReader.ReadAgeNationality(AgePath);
        Assert.Equal(Nationalities().Kreise.Select(k => k.Kreis.Id).Order(StringComparer.Ordinal), age.Kreise.Select(k => k.Kreis.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_nationality_name_is_refused_with_its_line()
    {
        using var copy = new BrokenCopy(NationalitiesPath, t => t.Replace("\"Afghanistan\": 3415", "\"Afghanistan (Emirat)\": 3415", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => BwJsonReader.ReadNationalities(copy.Path, Names.FromSharedData()));
        Assert.Equal(copy.LineOf("Afghanistan (Emirat)"), problem.Line);
        Assert.Contains("unknown nationality name 'Afghanistan (Emirat)'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_with_a_decimal_and_a_Kreis_outside_the_Land_are_refused_with_their_lines()
    {
        using (var count = new BrokenCopy(NationalitiesPath, t => t.Replace("\"Afghanistan\": 3415", "\"Afghanistan\": 3.415", StringComparison.Ordinal)))
        {
            var problem = Assert.Throws<SourceFileException>(() => BwJsonReader.ReadNationalities(count.Path, Names.FromSharedData()));
            Assert.Equal(count.LineOf("3.415"), problem.Line);
            Assert.Contains("expected a count", problem.Message, StringComparison.Ordinal);
        }
        using var kreis = new BrokenCopy(AgePath, t => t.Replace("\"id\": \"08111\"", "\"id\": \"09162\"", StringComparison.Ordinal));
        var refused = Assert.Throws<SourceFileException>(() => BwJsonReader.ReadAgeNationality(kreis.Path));
        Assert.Equal(kreis.LineOf("09162"), refused.Line);
    }
}

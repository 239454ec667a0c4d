using System.Text.Json;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Readers.Hamburg;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Readers;

/// <summary>Hamburg's Stadtteil profiles 2014 (German number format), checked against their own sums.</summary>
public sealed class StadtteilprofileReaderTests
{
    private static readonly string Profiles = SharedData.Path("cities", "hamburg", "population", "Daten_fuer_die_Stadtteilprofile_2014.csv");

    private static readonly ProfileColumn Population = ProfileColumns.ByHeader("Bevölkerung");
    private static readonly ProfileColumn Foreigners = ProfileColumns.ByHeader("Ausländerinnen und Ausländer");

    /// <summary>Count columns whose seven Bezirk rows the office made to add up to the Hamburg row.</summary>
    private static readonly string[] AdditiveCounts =
    [
        "Bevölkerung", "Unter 18-Jährige", " 65-Jährige und Ältere", "Ausländerinnen und Ausländer", "Bevölkerung mit Migrations-hintergrund",
        "Unter 18-Jährige mit Migrations-hintergrund", "Haushalte", "Einpersonen-haushalte", "Haushalte mit Kindern", "Alleinerziehende",
        "Geburten", "Sterbefälle", "Wanderungssaldo", "Wohngebäude (2013)", "Wohnungen (2013)", "Grundschulen (2013/2014)",
    ];

    [Fact]
    public void File_has_99_Stadtteil_rows_four_of_them_combined_then_7_Bezirke_and_Hamburg()
    {
        var rows = StadtteilprofileReader.Read(Profiles);
        Assert.Equal(107, rows.Count);
        Assert.Equal(99, rows.Count(r => r.Kind == ProfileAreaKind.Stadtteil));
        Assert.Equal(StadtteilprofileReader.Bezirke, rows.Where(r => r.Kind == ProfileAreaKind.Bezirk).Select(r => r.Name));
        Assert.Equal(4, rows.Count(r => r.Stadtteile.Count == 2));
        Assert.Equal(103, rows.Sum(r => r.Stadtteile.Count));
        Assert.Equal(ProfileAreaKind.City, rows[^1].Kind);
    }

    [Fact]
    public void German_numbers_are_read_with_spaces_commas_minus_and_the_dot_and_dash_symbols()
    {
        var rows = StadtteilprofileReader.Read(Profiles);
        var hamburg = rows[^1];
        Assert.Equal(1_788_994m, hamburg[Population].Number);
        Assert.Equal(14.3m, hamburg[ProfileColumns.ByHeader("Ausländeranteil in %")].Number);
        var balance = ProfileColumns.ByHeader("Wanderungssaldo");
        Assert.Contains(rows, r => r[balance].Number < 0);
        Assert.Equal(84, rows.Sum(r => r.Cells.Count(c => c.Symbol == CellSymbol.NotAvailable)));
        Assert.Equal(2, rows.Sum(r => r.Cells.Count(c => c.Symbol == CellSymbol.Nothing)));
    }

    [Fact]
    public void Columns_carry_their_own_reference_as_published()
    {
        Assert.Null(Population.Reference.AsPublished);
        var unemployed = ProfileColumns.ByHeader("Arbeitslose (Dez 2013)").Reference;
        Assert.Equal((2013, 12), (unemployed.Year, unemployed.Month));
        Assert.Equal("Arbeitslose", ProfileColumns.ByHeader("Arbeitslose (Dez 2013)").Title);
        Assert.Equal(2010, ProfileColumns.ByHeader("Lohn- und Einkommen-steuerpflichtige (2010)").Reference.Year);
        Assert.True(ProfileColumns.ByHeader("Grundschulen (2013/2014)").Reference.IsSchoolYear);
        Assert.Equal(3, ProfileColumns.ByHeader("Kindergärten und Vorschulklassen (März 2014)").Reference.Month);
    }

    [Fact]
    public void Seven_Bezirk_rows_add_up_to_the_Hamburg_row_in_every_count_column()
    {
        var rows = StadtteilprofileReader.Read(Profiles);
        foreach (var header in AdditiveCounts)
        {
            var column = ProfileColumns.ByHeader(header);
            Assert.Equal(rows[^1][column].Number, rows.Where(r => r.Kind == ProfileAreaKind.Bezirk).Sum(r => r[column].Number));
        }
    }

    [Fact]
    public void Stadtteil_rows_add_up_to_their_Bezirk_except_Hamburg_Mitte_which_has_residents_in_no_Stadtteil_row()
    {
        var rows = StadtteilprofileReader.Read(Profiles);
        var bezirkOf = BezirkOfStadtteil();
        foreach (var bezirk in rows.Where(r => r.Kind == ProfileAreaKind.Bezirk))
        {
            var parts = rows.Where(r => r.Kind == ProfileAreaKind.Stadtteil && r.Stadtteile.All(s => bezirkOf[s] == bezirk.Name)).ToList();
            foreach (var column in new[] { Population, Foreigners })
            {
                var sum = parts.Sum(r => r[column].Number);
                if (bezirk.Name == "Hamburg-Mitte")
                {
                    // Neuwerk has no row, and 6,777 residents (6,716 foreigners) are in no Stadtteil row (PROVENANCE).
                    Assert.True(sum < bezirk[column].Number, $"{column.Header}: {sum} vs {bezirk[column].Number}");
                }
                else
                {
                    Assert.Equal(bezirk[column].Number, sum);
                }
            }
        }
        Assert.All(rows.Where(r => r.Kind == ProfileAreaKind.Stadtteil), r => Assert.All(r.Stadtteile, s => Assert.True(bezirkOf.ContainsKey(s), s)));
    }

    [Fact]
    public void Decimal_point_in_a_German_number_is_refused_with_line_and_column()
    {
        using var copy = new BrokenCopy(Profiles, t => t.Replace("Cranz;  759    ;  120    ; 15,8", "Cranz;  759    ;  120    ; 15.8", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => StadtteilprofileReader.Read(copy.Path));
        Assert.Equal(copy.LineOf("Cranz;"), problem.Line);
        Assert.Contains("column 'Anteil der unter 18-Jährigen in %': ' 15.8    ' has a decimal point", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bezirke_out_of_order_and_a_changed_header_are_refused()
    {
        using (var order = new BrokenCopy(Profiles, t => t.Replace("\nAltona;", "\nAltona-Nord;", StringComparison.Ordinal)))
        {
            var problem = Assert.Throws<SourceFileException>(() => StadtteilprofileReader.Read(order.Path));
            Assert.Contains("'Altona-Nord' where the Bezirk 'Altona' belongs", problem.Message, StringComparison.Ordinal);
        }
        using var header = new BrokenCopy(Profiles, t => t.Replace(";Ausländeranteil in %;", ";Ausländeranteil;", StringComparison.Ordinal));
        Assert.Equal(1, Assert.Throws<SourceFileException>(() => StadtteilprofileReader.Read(header.Path)).Line);
    }

    [Fact]
    public void An_indicator_column_the_reader_does_not_know_is_refused_with_line_1_and_its_name()
    {
        using var copy = new BrokenCopy(Profiles, t => t.Replace(";PKW-Dichte (Jan 2014)\n", ";PKW-Dichte (Jan 2014);Elektroautos (Jan 2014)\n", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => StadtteilprofileReader.Read(copy.Path));
        Assert.Equal(1, problem.Line);
        Assert.Contains("unexpected column 'Elektroautos (Jan 2014)' (column 70)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_comma_in_a_count_column_is_refused_with_line_and_column()
    {
        using var copy = new BrokenCopy(Profiles, t => t.Replace("Cranz;  759    ;", "Cranz;  7,59    ;", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => StadtteilprofileReader.Read(copy.Path));
        Assert.Equal(copy.LineOf("Cranz;"), problem.Line);
        Assert.Contains("column 'Bevölkerung': '  7,59    ' has a decimal comma in a column of counts", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_column_is_an_indicator_or_a_figure_the_seed_holds_already_and_titles_lose_the_line_break_hyphens()
    {
        Assert.Equal(ProfileColumns.All.Count, ProfileIndicators.All.Count + ProfileIndicators.LoadedElsewhere.Count);
        Assert.Equal(61, ProfileIndicators.All.Count);
        Assert.Equal(
            ["Bevölkerung", "Unter 18-Jährige", "65-Jährige und Ältere", "Ausländerinnen und Ausländer", "Bevölkerung mit Migrations-hintergrund",
                "Unter 18-Jährige mit Migrations-hintergrund", "Fläche in km²"],
            ProfileIndicators.LoadedElsewhere.Select(c => c.Column.Header.Trim()));
        Assert.Equal(ProfileIndicators.All.Count, ProfileIndicators.All.Select(i => i.Code).Distinct().Count());
        Assert.Equal(ProfileIndicators.All.Count, ProfileIndicators.All.Select(i => i.TitleDe).Distinct().Count());
        var migration = Assert.Single(ProfileIndicators.All, i => i.Code == ProfileIndicators.CodePrefix + "anteil-migrationshintergrund");
        Assert.Equal(("Anteil der Bevölkerung mit Migrationshintergrund in %", "%"), (migration.TitleDe, migration.UnitDe));
        var benefits = Assert.Single(ProfileIndicators.All, i => i.Code == ProfileIndicators.CodePrefix + "anteil-leistungsempfaenger-sgb-ii");
        Assert.Equal("Anteil der Leistungsempfänger/-innen nach SGB II in % (Dez 2013)", benefits.DefinitionDe);
        Assert.Equal("Wohnungen in Ein- und Zweifamilienhäusern", ProfileIndicators.WithoutLineBreakHyphens("Wohnungen in Ein- und Zweifamilien-häusern"));
        Assert.Equal("EUR/m²", Assert.Single(ProfileIndicators.All, i => i.Code == ProfileIndicators.CodePrefix + "preise-eigentumswohnungen").UnitDe);
    }

    [Theory]
    [InlineData(" 1 788 994    ", 1788994)]
    [InlineData(" 14,3    ", 14.3)]
    [InlineData("-  23    ", -23)]
    [InlineData("0", 0)]
    public void German_number_parses(string text, double expected)
    {
        Assert.True(GermanNumber.TryParse(text, out var cell, out _));
        Assert.Equal((decimal)expected, cell.Number);
    }

    [Theory]
    [InlineData("1.788.994")]
    [InlineData("14.3")]
    [InlineData("1 78 994")]
    [InlineData("14,3,1")]
    [InlineData("")]
    public void German_number_refuses(string text) => Assert.False(GermanNumber.TryParse(text, out _, out _));

    private static Dictionary<string, string> BezirkOfStadtteil()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path("cities", "hamburg", "geo", "hamburg-district-regions.geojson")));
        return json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("district_name").GetString()!, StringComparer.Ordinal);
    }
}

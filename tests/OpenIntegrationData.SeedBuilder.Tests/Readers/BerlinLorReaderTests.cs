using System.Collections.Concurrent;
using NodaTime;
using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Readers.Berlin;
using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Readers;

/// <summary>The Berlin LOR population files (320 of them), checked against their own sums.</summary>
public sealed class BerlinLorReaderTests
{
    private static readonly string Folder = SharedData.Path("cities", "berlin", "population");

    private static readonly IReadOnlyList<BerlinLorFile> Files = BerlinLorFile.InFolder(Folder);

    // Several checks read the same files; each is read once per test run.
    private static readonly ConcurrentDictionary<(string, int), object> Read = new();

    private static IReadOnlyList<T> Once<T>(BerlinLorFile file, int table, Func<BerlinLorFile, IReadOnlyList<T>> read) =>
        (IReadOnlyList<T>)Read.GetOrAdd((file.Path, table), _ => read(file));

    private static IReadOnlyList<BerlinResidents> T1(BerlinLorFile file) => Once(file, 1, BerlinLorReader.ReadT1);

    private static IReadOnlyList<BerlinResidentsByAge> T2(BerlinLorFile file) => Once(file, 2, BerlinLorReader.ReadT2);

    private static IReadOnlyList<BerlinMigrationBackgroundByAge> T3(BerlinLorFile file) => Once(file, 3, BerlinLorReader.ReadT3);

    private static IReadOnlyList<BerlinMigrationBackgroundByOrigin> T4(BerlinLorFile file) => Once(file, 4, BerlinLorReader.ReadT4);

    private static BerlinLorFile File(int year, int half, int table, BerlinLevel level) =>
        Files.Single(f => f.Year == year && f.HalfYear == half && f.Table == table && f.Level == level);

    private static IEnumerable<(int Year, int Half)> HalfYears => Files.Select(f => (f.Year, f.HalfYear)).Distinct();

    [Fact]
    public void Folder_has_every_table_and_level_for_twenty_half_years_2015_to_2024()
    {
        Assert.Equal(320, Files.Count);
        Assert.Equal(20, HalfYears.Count());
        Assert.Equal((2015, 1), HalfYears.First());
        Assert.Equal((2024, 2), HalfYears.Last());
    }

    [Fact]
    public void First_half_year_counts_on_30_June_second_on_31_December()
    {
        Assert.Equal(new LocalDate(2015, 6, 30), File(2015, 1, 1, BerlinLevel.City).ReferenceDate);
        Assert.Equal(new LocalDate(2024, 12, 31), File(2024, 2, 1, BerlinLevel.City).ReferenceDate);
        Assert.Equal(LorScheme.Lor2006, File(2020, 2, 1, BerlinLevel.Planungsraum).Scheme);
        Assert.Equal(LorScheme.Lor2021, File(2021, 1, 1, BerlinLevel.Planungsraum).Scheme);
    }

    [Fact]
    public void Rows_per_level_follow_the_LOR_reform_and_the_old_and_new_ids_never_coincide()
    {
        foreach (var (year, half) in HalfYears)
        {
            Assert.Single(T1(File(year, half, 1, BerlinLevel.City)));
            Assert.Equal(12, T1(File(year, half, 1, BerlinLevel.Bezirk)).Count);
            Assert.Equal(year <= 2020 ? 138 : 143, T1(File(year, half, 1, BerlinLevel.Bezirksregion)).Count);
            var planning = T1(File(year, half, 1, BerlinLevel.Planungsraum)).Count;
            Assert.Equal(year <= 2018 ? 447 : year <= 2020 ? 448 : 542, planning);
        }
        var old = T1(File(2020, 2, 1, BerlinLevel.Planungsraum)).Select(r => r.Id);
        var reformed = T1(File(2021, 1, 1, BerlinLevel.Planungsraum)).Select(r => r.Id);
        Assert.Empty(old.Intersect(reformed));
    }

    [Fact]
    public void T1_residents_are_Germans_plus_foreigners_on_every_row_of_every_file()
    {
        var rows = 0;
        foreach (var file in Files.Where(f => f.Table == 1))
        {
            foreach (var row in T1(file))
            {
                Assert.Equal(row.Inhabitants, row.Germans + row.Foreigners);
                Assert.Equal(row.Germans, row.GermansWithoutMigrationBackground + row.GermansWithMigrationBackground);
                Assert.Equal(row.WithMigrationBackground, row.GermansWithMigrationBackground + row.Foreigners);
                rows++;
            }
        }
        Assert.True(rows > 10_000, $"{rows} rows");
    }

    [Fact]
    public void T2_age_bands_add_up_to_the_residents_and_T2_to_T4_agree_with_T1()
    {
        foreach (var (year, half) in HalfYears)
        {
            foreach (var level in Enum.GetValues<BerlinLevel>())
            {
                var t1 = T1(File(year, half, 1, level)).ToDictionary(r => r.Id);
                foreach (var row in T2(File(year, half, 2, level)))
                {
                    Assert.Equal(row.Inhabitants, row.ByAgeBand.Sum());
                    Assert.Equal(t1[row.Id].Inhabitants, row.Inhabitants);
                    Assert.Equal(t1[row.Id].Foreigners, row.Foreigners);
                }
                foreach (var row in T3(File(year, half, 3, level)))
                {
                    Assert.Equal(t1[row.Id].WithMigrationBackground, row.WithMigrationBackground);
                    Assert.Equal(row.WithMigrationBackground, row.ByAgeBand.Sum());
                    Assert.Equal(t1[row.Id].Foreigners, row.Foreigners);
                }
                foreach (var row in T4(File(year, half, 4, level)))
                {
                    if ((year, half) == (2024, 1) && (row.Id == "0" || row.Id.StartsWith("04", StringComparison.Ordinal)))
                    {
                        continue; // the source's own discrepancy, pinned below
                    }
                    Assert.Equal(t1[row.Id].WithMigrationBackground, row.WithMigrationBackground);
                }
            }
        }
    }

    [Fact]
    public void T4_of_mid_2024_counts_2009_fewer_residents_with_migration_background_in_Charlottenburg_Wilmersdorf_than_T1()
    {
        // A discrepancy in the published files (found by this check): T4's base disagrees with T1 only here, within Bezirk 04.
        foreach (var level in new[] { BerlinLevel.City, BerlinLevel.Bezirk })
        {
            var t1 = T1(File(2024, 1, 1, level)).ToDictionary(r => r.Id);
            var differing = T4(File(2024, 1, 4, level))
                .Where(r => r.WithMigrationBackground != t1[r.Id].WithMigrationBackground)
                .Select(r => (r.Id, r.WithMigrationBackground - t1[r.Id].WithMigrationBackground))
                .ToList();
            Assert.Equal([(level == BerlinLevel.City ? "0" : "04", -2009)], differing);
        }
    }

    [Fact]
    public void City_row_is_the_sum_of_the_Bezirke_and_each_Bezirk_the_sum_of_its_planning_areas_in_every_table()
    {
        foreach (var (year, half) in HalfYears)
        {
            for (var table = 1; table <= 4; table++)
            {
                var city = Counts(File(year, half, table, BerlinLevel.City)).Single().Value;
                var bezirke = Counts(File(year, half, table, BerlinLevel.Bezirk));
                var regions = Counts(File(year, half, table, BerlinLevel.Bezirksregion));
                var planning = Counts(File(year, half, table, BerlinLevel.Planungsraum));
                Assert.Equal(city, SumColumns(bezirke.Values));
                foreach (var (bezirk, counts) in bezirke)
                {
                    Assert.Equal(counts, SumColumns(planning.Where(p => p.Key[..2] == bezirk).Select(p => p.Value)));
                    Assert.Equal(counts, SumColumns(regions.Where(p => p.Key[..2] == bezirk).Select(p => p.Value)));
                }
            }
        }
    }

    [Fact]
    public void T4_origin_groups_nest_each_group_at_least_the_sum_of_its_parts()
    {
        var children = BerlinOrigins.All.Where(o => o.Parent is not null).GroupBy(o => o.Parent!);
        foreach (var file in Files.Where(f => f.Table == 4))
        {
            foreach (var row in T4(file))
            {
                foreach (var group in children)
                {
                    Assert.True(row.ByOrigin[group.Key] >= group.Sum(c => row.ByOrigin[c.Key]), $"{file.Path} {row.Id} {group.Key}");
                }
            }
        }
    }

    [Fact]
    public void City_at_the_end_of_2024_matches_the_figures_PROVENANCE_verified()
    {
        var city = T1(File(2024, 2, 1, BerlinLevel.City)).Single();
        Assert.Equal((3_897_145, 971_878, 1_601_865), (city.Inhabitants, city.Foreigners, city.WithMigrationBackground));
    }

    [Fact]
    public void Changed_header_is_refused_on_line_1_naming_the_column()
    {
        var original = File(2024, 2, 1, BerlinLevel.Bezirk);
        using var copy = new BrokenCopy(original.Path, t => t.Replace("inhabitants_foreigners,", "inhabitants_non_germans,", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => BerlinLorReader.ReadT1(BerlinLorFile.Parse(copy.Path)));
        Assert.Equal(1, problem.Line);
        Assert.Contains("'inhabitants_non_germans', expected 'inhabitants_foreigners'", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith(copy.Path + ":1: column 7", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void German_thousands_separator_in_a_count_is_refused_with_line_and_column()
    {
        var original = File(2024, 2, 1, BerlinLevel.Bezirk);
        using var copy = new BrokenCopy(original.Path, t => t.Replace("\n01,397004,", "\n01,397.004,", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => BerlinLorReader.ReadT1(BerlinLorFile.Parse(copy.Path)));
        Assert.Equal(copy.LineOf("01,397.004,"), problem.Line);
        Assert.Contains("column 'inhabitants': '397.004' is not a count", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_comma_in_a_percentage_is_refused_as_a_row_with_one_field_too_many()
    {
        var original = File(2024, 2, 1, BerlinLevel.Bezirk);
        using var copy = new BrokenCopy(original.Path, t => t.Replace(",58.42787478211806,", ",58,42787478211806,", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => BerlinLorReader.ReadT1(BerlinLorFile.Parse(copy.Path)));
        Assert.Equal(2, problem.Line);
        Assert.Contains("the row has 14 fields, the header 13", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_of_the_wrong_level_and_a_file_name_without_a_half_year_are_refused()
    {
        var original = File(2024, 2, 1, BerlinLevel.Bezirk);
        using var copy = new BrokenCopy(original.Path, t => t.Replace("\n01,397004,", "\n0101,397004,", StringComparison.Ordinal));
        var problem = Assert.Throws<SourceFileException>(() => BerlinLorReader.ReadT1(BerlinLorFile.Parse(copy.Path)));
        Assert.Contains("'0101' is not a Bezirk id (2 digits)", problem.Message, StringComparison.Ordinal);

        Assert.Throws<SourceFileException>(() => BerlinLorFile.Parse("berlin-lor-population-2024-t1-city.csv"));
    }

    private static Dictionary<string, long[]> Counts(BerlinLorFile file) => file.Table switch
    {
        1 => T1(file).ToDictionary(r => r.Id, r => new long[]
            { r.Inhabitants, r.WithMigrationBackground, r.Germans, r.GermansWithoutMigrationBackground, r.GermansWithMigrationBackground, r.Foreigners }),
        2 => T2(file).ToDictionary(r => r.Id, r => (long[])[r.Inhabitants, .. r.ByAgeBand.Select(v => (long)v), r.Female, r.Foreigners]),
        3 => T3(file).ToDictionary(r => r.Id, r => (long[])[r.WithMigrationBackground, .. r.ByAgeBand.Select(v => (long)v), r.Female, r.Foreigners]),
        _ => T4(file).ToDictionary(r => r.Id, r => (long[])[r.WithMigrationBackground, .. BerlinOrigins.All.Select(o => (long)r.ByOrigin[o.Key])]),
    };

    private static long[] SumColumns(IEnumerable<long[]> rows)
    {
        long[]? sum = null;
        foreach (var row in rows)
        {
            sum ??= new long[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                sum[i] += row[i];
            }
        }
        return sum ?? [];
    }
}

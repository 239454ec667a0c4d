using OpenIntegrationData.SeedBuilder.Tests.Support;

namespace OpenIntegrationData.SeedBuilder.Tests.Seed;

/// <summary>Sources a journalist can cite, and English texts that say when they are the project's translation.</summary>
public sealed class CitationTests
{
    [Fact]
    public void Every_source_has_a_quality_level_and_every_licensed_source_the_credit_line_its_licence_asks_for()
    {
        var sources = SeedCsv.Read("source.csv");
        Assert.All(sources, s => Assert.Contains(s["quality_level"], new[] { "official", "press", "secondary", "unverified" }));
        foreach (var source in sources.Where(s => s["licence"].Length > 0))
        {
            Assert.Contains(source["publisher"], source["attribution"], StringComparison.Ordinal);
            Assert.Contains(source["licence_name"].Length > 0 ? source["licence_name"] : source["licence"], source["attribution"], StringComparison.Ordinal);
        }
        Assert.All(sources.Where(s => s["licence"].Length == 0), s => Assert.Equal("", s["attribution"]));
        Assert.Equal("official", sources.Single(s => s["key"] == "bbsr-inkar-2024")["quality_level"]);
        Assert.StartsWith("© BBSR Bonn 2024", sources.Single(s => s["key"] == "bbsr-inkar-2024")["attribution"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_programme_names_a_source_with_a_quality_level()
    {
        var sources = SeedCsv.Read("source.csv").ToDictionary(s => s["key"], StringComparer.Ordinal);
        Assert.All(SeedCsv.Read("programme.csv"), p => Assert.NotEmpty(sources[p["source_key"]]["quality_level"]));
    }

    [Fact]
    public void The_municipal_and_context_indicators_have_English_texts_marked_as_the_projects_translation()
    {
        var indicators = SeedCsv.Read("sdg_indicator.csv");
        var german = indicators.Where(i => i["kind"] != "global").ToList();
        Assert.Equal(48, german.Count(i => i["source_key"] == "bbsr-inkar-2024"));
        Assert.Equal(61, german.Count(i => i["source_key"] == "statistikamt-nord-stadtteilprofile-2014"));
        Assert.Equal(48 + 61, german.Count);
        Assert.All(german, i =>
        {
            Assert.Equal("true", i["english_by_project"]);
            Assert.NotEmpty(i["title_en"]);
            Assert.NotEmpty(i["unit_en"]);
            Assert.NotEmpty(i["definition_en"]);
        });
        Assert.All(indicators.Where(i => i["kind"] == "global"), i => Assert.Equal("false", i["english_by_project"]));
    }
}

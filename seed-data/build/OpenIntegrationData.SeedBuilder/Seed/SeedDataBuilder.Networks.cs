using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Networks.</summary>
internal sealed partial class SeedDataBuilder
{
    private void AddNetwork(string key, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
        string kind, string scope, int? founded, string? url, string sourceKey)
    {
        _network.Add(new Dictionary<string, string?>
        {
            ["key"] = key,
            ["name_de"] = nameDe,
            ["name_en"] = nameEn,
            ["description_de"] = descriptionDe,
            ["description_en"] = descriptionEn,
            ["kind"] = kind,
            ["scope"] = scope,
            ["founded_year"] = founded is { } year ? Text.Invariant(year) : null,
            ["url"] = url,
            ["source_key"] = sourceKey,
        }, key);
    }

    private void AddMembership(string ags, string network, string role, int? joinedYear, string sourceKey, string? note)
    {
        _membership.Add(new Dictionary<string, string?>
        {
            ["municipality_ags"] = ags,
            ["network_key"] = network,
            ["role"] = role,
            ["joined_year"] = joinedYear is { } year ? Text.Invariant(year) : null,
            ["source_key"] = sourceKey,
            ["note"] = note,
        }, ags + "|" + network);
    }

    private void AddNetworks()
    {
        AddNetwork("eurocities", "Eurocities", "Eurocities",
            "Netzwerk großer europäischer Städte, gegründet 1986; über 200 Städte mit 130 Millionen Einwohnerinnen und Einwohnern.",
            "Network of major European cities, founded in 1986; more than 200 cities with 130 million inhabitants.",
            "city_network", "europe", 1986, "https://eurocities.eu/", WebSource(raw.Read("city_facts.csv").Single(r => r["subject"] == "Eurocities network" && r["metric"] == "founded"), "source"));
        AddNetwork("integrating-cities-charter", "Integrating Cities Charter", "Integrating Cities Charter",
            "Selbstverpflichtung von Städten zur Integration von Zugewanderten, 2010 von 17 Bürgermeisterinnen und Bürgermeistern in London unterzeichnet (Eurocities-Prozess Integrating Cities seit 2006).",
            "Cities' commitment to the integration of migrants, signed by 17 European mayors in London in 2010 (part of Eurocities' Integrating Cities process, since 2006).",
            "charter", "europe", 2010, "http://integratingcities.eu/", "integrating-cities-charter");
        AddNetwork("fairtrade-towns", "Fairtrade-Towns", "Fairtrade Towns",
            "Kampagne, die Städte und Gemeinden für ihr Engagement für den fairen Handel auszeichnet.",
            "Campaign that awards towns and cities the title for their commitment to fair trade.",
            "campaign", "world", null, null, ProjectBrief);
        AddNetwork("cemr", "Rat der Gemeinden und Regionen Europas (RGRE)", "Council of European Municipalities and Regions (CEMR)",
            "Europäischer Verband der kommunalen und regionalen Gebietskörperschaften.", "European association of local and regional governments.",
            "association", "europe", null, null, ProjectBrief);
        AddNetwork("covenant-of-mayors", "Konvent der Bürgermeister für Klima und Energie", "Covenant of Mayors for Climate & Energy",
            "Selbstverpflichtung von Städten zu Klimaschutz und Energiewende.", "Cities' commitment to climate action and the energy transition.",
            "charter", "europe", null, null, ProjectBrief);

        AddMembership(Dortmund, "eurocities", "member", 1996, ProjectBrief, null);
        AddMembership(Dortmund, "integrating-cities-charter", "signatory", null, ProjectBrief,
            "The project material says Dortmund joined the charter; the date was not found.");
        AddMembership(Dinslaken, "fairtrade-towns", "certified", 2009, ProjectBrief,
            "Fairtrade Town since 2009 according to the project material; no public source was found.");
    }
}

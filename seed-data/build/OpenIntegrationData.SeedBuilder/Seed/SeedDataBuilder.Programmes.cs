using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Programmes.</summary>
internal sealed partial class SeedDataBuilder
{
    private void AddProgramme(string key, string ags, string nameDe, string nameEn, string descriptionDe, string descriptionEn,
        string provider, string category, string? startDate, string? url, string sourceKey)
    {
        _programme.Add(new Dictionary<string, string?>
        {
            ["key"] = key,
            ["municipality_ags"] = ags,
            ["name_de"] = nameDe,
            ["name_en"] = nameEn,
            ["description_de"] = descriptionDe,
            ["description_en"] = descriptionEn,
            ["provider"] = provider,
            ["category"] = category,
            ["status"] = "active",
            ["start_date"] = startDate,
            ["url"] = url,
            ["source_key"] = sourceKey,
        }, key);
    }

    private void Link(OutputTable table, string programme, string column, string value, string? assignedBy = null)
    {
        var row = new Dictionary<string, string?> { ["programme_key"] = programme, [column] = value };
        if (assignedBy is not null)
        {
            row["assigned_by"] = assignedBy;
        }
        table.Add(row, programme + "|" + value);
    }

    private void AddProgrammes()
    {
        const string city = "Landeshauptstadt Düsseldorf";
        int[] duesseldorfGoals = [1, 4, 5, 10, 11, 16, 17];

        AddProgramme("duesseldorf-integrationskonzept-2017", Duesseldorf,
            "Integrationskonzept der Landeshauptstadt Düsseldorf", "Integration concept of the City of Düsseldorf",
            "Ratsweites Integrationskonzept, beschlossen am 10. März 2017.", "Council-wide integration concept, adopted on 10 March 2017.",
            "Rat der Landeshauptstadt Düsseldorf", "strategy", "2017-03-10", null, ProjectBrief);
        AddProgramme("duesseldorf-amt-migration-integration", Duesseldorf,
            "Amt für Migration und Integration", "Office for Migration and Integration",
            "Städtisches Amt für Migration und Integration, seit dem 1. Januar 2018.", "The city's office for migration and integration, since 1 January 2018.",
            city, "administration", "2018-01-01", "https://www.duesseldorf.de/amt-fuer-migration-und-integration", "duesseldorf-amt-migration-integration");
        foreach (var programme in new[] { "duesseldorf-integrationskonzept-2017", "duesseldorf-amt-migration-integration" })
        {
            Link(_programmeTargetGroup, programme, "target_group", "all_residents");
            foreach (var goal in duesseldorfGoals)
            {
                Link(_programmeGoal, programme, "goal_number", Text.Invariant(goal), "source");
            }
            Link(_programmeTarget, programme, "target_code", "10.2", "project");
            Link(_programmeTarget, programme, "target_code", "10.7", "project");
            Link(_programmeTarget, programme, "target_code", "16.7", "project");
        }

        foreach (var number in Enumerable.Range(1, 10))
        {
            var key = $"duesseldorf-welcome-point-{number}";
            AddProgramme(key, Duesseldorf, $"WelcomePoint Stadtbezirk {number}", $"WelcomePoint district {number}",
                $"Zentrale Anlaufstelle für Zugewanderte im Stadtbezirk {number}.", $"Central point of contact for newcomers in district {number}.",
                city, "welcome_point", null, null, "gruene-duesseldorf-welcome-points");
            _programmeDistrict.Add(new Dictionary<string, string?>
            {
                ["programme_key"] = key,
                ["municipality_ags"] = Duesseldorf,
                ["district_name"] = $"Stadtbezirk {number}",
            }, key);
            Link(_programmeTargetGroup, key, "target_group", "newcomers");
            foreach (var goal in new[] { 10, 11, 16 })
            {
                Link(_programmeGoal, key, "goal_number", Text.Invariant(goal), "project");
            }
            Link(_programmeTarget, key, "target_code", "10.2", "project");
        }

        AddProgramme("duesseldorf-migrationsberatung-erwachsene", Duesseldorf,
            "Migrationsberatung für erwachsene Zugewanderte (MBE)", "Migration counselling for adult immigrants (MBE)",
            "Beratung der Wohlfahrtsverbände; 2020: 3.530 Klient*innen und 9.285 Beratungstermine.",
            "Counselling by the welfare associations; 2020: 3,530 clients and 9,285 counselling appointments.",
            "Wohlfahrtsverbände in Düsseldorf", "counselling", null,
            "https://www.liga-duesseldorf.de/migrationsberatung-fuer-erwachsene-zugewanderte-in-duesseldorf", "liga-duesseldorf-migrationsberatung");
        Link(_programmeTargetGroup, "duesseldorf-migrationsberatung-erwachsene", "target_group", "adult_immigrants");
        AddProgramme("duesseldorf-jugendmigrationsdienst", Duesseldorf,
            "Jugendmigrationsdienst", "Youth migration service",
            "Beratung junger Zugewanderter; 2020: 436 weitere Fälle neben der MBE.", "Counselling of young immigrants; 2020: 436 further cases besides the MBE.",
            "Wohlfahrtsverbände in Düsseldorf", "counselling", null, null, "liga-duesseldorf-migrationsberatung");
        Link(_programmeTargetGroup, "duesseldorf-jugendmigrationsdienst", "target_group", "young_immigrants");
        foreach (var programme in new[] { "duesseldorf-migrationsberatung-erwachsene", "duesseldorf-jugendmigrationsdienst" })
        {
            Link(_programmeGoal, programme, "goal_number", "10", "project");
            Link(_programmeTarget, programme, "target_code", "10.7", "project");
        }
        Link(_programmeGoal, "duesseldorf-jugendmigrationsdienst", "goal_number", "4", "project");
    }
}

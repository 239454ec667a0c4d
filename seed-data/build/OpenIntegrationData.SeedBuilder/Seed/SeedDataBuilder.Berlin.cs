using NodaTime;
using OpenIntegrationData.SeedBuilder.Readers.Berlin;
using OpenIntegrationData.SeedBuilder.Readers.GeoJson;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The seed builder: Berlin's LOR areas (2006 and 2021 schemes) and the half-yearly figures of tables T1–T4.</summary>
internal sealed partial class SeedDataBuilder
{
    private const string Berlin = "11000000";
    private const string BerlinPopulation = "statistik-bb-a-i-16-lor";
    private const string BerlinGeodata = BerlinGeo;
    private const string OriginMeasure = "migration-background-by-origin";

    private static readonly LocalDate LastDayOfLor2006 = new(2020, 12, 31);
    private static readonly LocalDate FirstDayOfLor2021 = new(2021, 1, 1);

    /// <summary>Level keys per scheme, from the top: Bezirk is shared, the rest split at the 2021 reform.</summary>
    private static string BerlinLevelKey(BerlinLevel level, LorScheme scheme) => level switch
    {
        BerlinLevel.Bezirk => "bezirk",
        BerlinLevel.Bezirksregion => scheme == LorScheme.Lor2006 ? "bezirksregion-lor2006" : "bezirksregion-lor2021",
        BerlinLevel.Planungsraum => scheme == LorScheme.Lor2006 ? "planungsraum-lor2006" : "planungsraum-lor2021",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    private static string BerlinPrognoseraumKey(LorScheme scheme) => scheme == LorScheme.Lor2006 ? "prognoseraum-lor2006" : "prognoseraum-lor2021";

    private void AddBerlin()
    {
        var folder = Path.Combine(raw.Folder, "cities", "berlin");
        var files = BerlinLorFile.InFolder(Path.Combine(folder, "population"));
        var latest = files.Where(f => f.Table == 1 && f.Level == BerlinLevel.City).MaxBy(f => f.ReferenceDate)!;
        var latestCity = BerlinLorReader.ReadT1(latest).Single();
        AddCityMunicipality(Berlin, "Berlin", "Berlin, Stadt", "Berlin", "kreisfreie Stadt", null,
            new CityFigure(Berlin, null, null, Residents, latest.Year, latest.ReferenceDate, "half_year", latestCity.Inhabitants, BerlinPopulation),
            BerlinPopulation);
        AddBerlinAreas(folder, files);
        AddBerlinOriginGroups();
        foreach (var file in files)
        {
            AddBerlinFigures(file);
        }
    }

    /// <summary>T2–T4 below the Bezirke are 88 % of Berlin's figures (562,680 rows, 92 MB as CSV): they go into a
    /// compressed file of their own (<see cref="_berlinDetail"/>, about 3 MB), so population_observation.csv stays
    /// readable and a change elsewhere never rewrites the big file.</summary>
    private static bool IsBerlinDetail(BerlinLorFile file) => file.Table > 1 && file.Level is BerlinLevel.Bezirksregion or BerlinLevel.Planungsraum;

    private void AddBerlinAreas(string folder, IReadOnlyList<BerlinLorFile> files)
    {
        var geo = Path.Combine(folder, "geo");
        string Name(IReadOnlyList<FeatureProperties> features, string id) => features.FirstOrDefault(f => f["id"] == id)?["name"] ?? "";
        var bezirke = FeaturePropertiesReader.Read(Path.Combine(geo, "berlin-lor-districts.geojson"), "id", "name");
        var regions2006 = FeaturePropertiesReader.Read(Path.Combine(geo, "berlin-lor-district-regions-until-2020.geojson"), "id", "name");
        var planning2006 = FeaturePropertiesReader.Read(Path.Combine(geo, "berlin-lor-planning-areas-until-2020.geojson"), "id", "name");
        var forecast2021 = FeaturePropertiesReader.Read(Path.Combine(geo, "berlin-lor-forecast-areas-from-2021.geojson"), "id", "name");

        AddAreaLevel(Berlin, "bezirk", "Bezirk", "District (Bezirk)", 1, null, null,
            "Die zwölf Berliner Bezirke.", "Berlin's twelve districts.", BerlinGeodata);
        foreach (var scheme in new[] { LorScheme.Lor2006, LorScheme.Lor2021 })
        {
            var (from, until, label) = scheme == LorScheme.Lor2006 ? ((LocalDate?)null, (LocalDate?)LastDayOfLor2006, "LOR 2006 (bis Ende 2020)") : (FirstDayOfLor2021, null, "LOR 2021 (ab 2021)");
            var labelEn = scheme == LorScheme.Lor2006 ? "LOR 2006 (until the end of 2020)" : "LOR 2021 (from 2021)";
            AddAreaLevel(Berlin, BerlinPrognoseraumKey(scheme), $"Prognoseraum, {label}", $"Forecast area (Prognoseraum), {labelEn}", 2, from, until,
                "Prognoseräume der lebensweltlich orientierten Räume (LOR); die ersten vier Ziffern der Planungsraum-Nummer.",
                "Forecast areas of the LOR (lebensweltlich orientierte Räume); the first four digits of the planning area number.", BerlinGeodata);
            AddAreaLevel(Berlin, BerlinLevelKey(BerlinLevel.Bezirksregion, scheme), $"Bezirksregion, {label}", $"District region (Bezirksregion), {labelEn}", 3, from, until,
                "Bezirksregionen der LOR; die ersten sechs Ziffern der Planungsraum-Nummer.",
                "District regions of the LOR; the first six digits of the planning area number.", BerlinGeodata);
            AddAreaLevel(Berlin, BerlinLevelKey(BerlinLevel.Planungsraum, scheme), $"Planungsraum, {label}", $"Planning area (Planungsraum), {labelEn}", 4, from, until,
                "Planungsräume, die kleinste Ebene der LOR (achtstellige Nummer).",
                "Planning areas, the smallest level of the LOR (eight-digit number).", BerlinGeodata);
        }

        foreach (var (bezirk, order) in files.Where(f => f.Table == 1 && f.Level == BerlinLevel.Bezirk).Take(1)
            .SelectMany(f => BerlinLorReader.ReadT1(f)).Select((r, i) => (r.Id, i + 1)))
        {
            AddArea(Berlin, "bezirk", bezirk, Name(bezirke, bezirk), null, null, order, null, BerlinGeodata);
        }
        foreach (var scheme in new[] { LorScheme.Lor2006, LorScheme.Lor2021 })
        {
            var ids = files.Where(f => f.Table == 1 && f.Scheme == scheme && f.Level == BerlinLevel.Planungsraum)
                .SelectMany(f => BerlinLorReader.ReadT1(f)).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var regions = files.Where(f => f.Table == 1 && f.Scheme == scheme && f.Level == BerlinLevel.Bezirksregion)
                .SelectMany(f => BerlinLorReader.ReadT1(f)).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
            var forecast = regions.Select(r => r[..4]).Distinct().Order(StringComparer.Ordinal).ToList();
            var prognoseraum = BerlinPrognoseraumKey(scheme);
            var regionLevel = BerlinLevelKey(BerlinLevel.Bezirksregion, scheme);
            var planningLevel = BerlinLevelKey(BerlinLevel.Planungsraum, scheme);
            foreach (var (code, order) in forecast.Select((c, i) => (c, i + 1)))
            {
                AddArea(Berlin, prognoseraum, code, scheme == LorScheme.Lor2021 ? Name(forecast2021, code) : null, "bezirk", code[..2], order, null, BerlinGeodata);
            }
            foreach (var (code, order) in regions.Select((c, i) => (c, i + 1)))
            {
                AddArea(Berlin, regionLevel, code, scheme == LorScheme.Lor2006 ? Name(regions2006, code) : null, prognoseraum, code[..4], order, null, BerlinGeodata);
            }
            foreach (var (code, order) in ids.Select((c, i) => (c, i + 1)))
            {
                AddArea(Berlin, planningLevel, code, scheme == LorScheme.Lor2006 ? Name(planning2006, code) : null, regionLevel, code[..6], order, null, BerlinGeodata);
            }
        }
        AddBerlinMatches(geo);
    }

    /// <summary>Old ↔ new LOR areas that overlap, between the same kind of level; pairs whose areas have no figures are left out.</summary>
    private void AddBerlinMatches(string geo)
    {
        var known = _area.Keys;
        foreach (var (id, overlapping) in BerlinLorMatches.Read(Path.Combine(geo, "berlin-lor-matches.json")))
        {
            var (old, @new) = id.Length switch
            {
                4 => (BerlinPrognoseraumKey(LorScheme.Lor2006), BerlinPrognoseraumKey(LorScheme.Lor2021)),
                6 => (BerlinLevelKey(BerlinLevel.Bezirksregion, LorScheme.Lor2006), BerlinLevelKey(BerlinLevel.Bezirksregion, LorScheme.Lor2021)),
                _ => (BerlinLevelKey(BerlinLevel.Planungsraum, LorScheme.Lor2006), BerlinLevelKey(BerlinLevel.Planungsraum, LorScheme.Lor2021)),
            };
            foreach (var other in overlapping)
            {
                // The key's scheme follows from which level lists it; an id in both (Prognoseraum 1210) matches both ways.
                if (known.Contains($"{Berlin}|{old}|{id}") && known.Contains($"{Berlin}|{@new}|{other}") && !_areaMatch.Keys.Contains($"{Berlin}|{old}|{id}|{@new}|{other}"))
                {
                    AddAreaMatch(Berlin, old, id, @new, other);
                }
                if (known.Contains($"{Berlin}|{@new}|{id}") && known.Contains($"{Berlin}|{old}|{other}") && !_areaMatch.Keys.Contains($"{Berlin}|{old}|{other}|{@new}|{id}"))
                {
                    AddAreaMatch(Berlin, old, other, @new, id);
                }
            }
        }
    }

    private static string BerlinOriginGroup(string key) => "berlin-origin-" + key.Replace('_', '-');

    private void AddBerlinOriginGroups()
    {
        foreach (var origin in BerlinOrigins.All)
        {
            var part = origin.Parent is { } parent
                ? $" Teil der Gruppe „{BerlinOrigins.All.Single(o => o.Key == parent).NameDe}“."
                : "";
            var partEn = origin.Parent is { } parentEn
                ? $" Part of the group \"{BerlinOrigins.All.Single(o => o.Key == parentEn).NameEn}\"."
                : "";
            AddGroup(BerlinOriginGroup(origin.Key), "origin", origin.NameDe, origin.NameEn,
                $"Herkunft (nicht Staatsangehörigkeit) von Einwohnerinnen und Einwohnern mit Migrationshintergrund in Berlin, Tabelle T4 des Amts für Statistik Berlin-Brandenburg.{part} Gruppen überschneiden sich und dürfen nicht addiert werden.",
                $"Origin (not citizenship) of residents with a migration background in Berlin, table T4 of the Amt für Statistik Berlin-Brandenburg.{partEn} Groups overlap and must not be added up.",
                BerlinPopulation);
        }
    }

    private void AddBerlinFigures(BerlinLorFile file)
    {
        var into = IsBerlinDetail(file) ? _berlinDetail : _population;
        void Add(CityFigure figure) => AddCityFigureTo(into, figure);
        string? level = file.Level == BerlinLevel.City ? null : BerlinLevelKey(file.Level, file.Scheme);
        CityFigure Figure(string id, int persons, string measure = Residents) =>
            new(Berlin, level, level is null ? null : id, measure, file.Year, file.ReferenceDate, "half_year", persons, BerlinPopulation);
        switch (file.Table)
        {
            case 1:
                foreach (var row in BerlinLorReader.ReadT1(file))
                {
                    Add(Figure(row.Id, row.Inhabitants));
                    Add(Figure(row.Id, row.Germans) with { Alpha2 = "DE" });
                    Add(Figure(row.Id, row.Foreigners) with { Group = "foreign" });
                    Add(Figure(row.Id, row.WithMigrationBackground) with { Category = "with_migration_background" });
                    Add(Figure(row.Id, row.GermansWithMigrationBackground) with { Category = "germans_with_migration_background" });
                }
                break;
            case 2:
                // Residents and foreigners repeat T1; the age bands and women are T2's own.
                foreach (var row in BerlinLorReader.ReadT2(file))
                {
                    foreach (var (band, persons) in BerlinAgeBand.All.Zip(row.ByAgeBand))
                    {
                        Add(Figure(row.Id, persons) with { AgeGroup = AgeGroup(band.From, band.Under) });
                    }
                    Add(Figure(row.Id, row.Female) with { Sex = "female" });
                }
                break;
            case 3:
                foreach (var row in BerlinLorReader.ReadT3(file))
                {
                    foreach (var (band, persons) in BerlinAgeBand.All.Zip(row.ByAgeBand))
                    {
                        Add(Figure(row.Id, persons) with { Category = "with_migration_background", AgeGroup = AgeGroup(band.From, band.Under) });
                    }
                    Add(Figure(row.Id, row.Female) with { Category = "with_migration_background", Sex = "female" });
                }
                break;
            default:
                foreach (var row in BerlinLorReader.ReadT4(file))
                {
                    foreach (var origin in BerlinOrigins.All)
                    {
                        Add(Figure(row.Id, row.ByOrigin[origin.Key], OriginMeasure) with
                        {
                            Category = "with_migration_background",
                            Group = BerlinOriginGroup(origin.Key),
                        });
                    }
                }
                break;
        }
    }
}

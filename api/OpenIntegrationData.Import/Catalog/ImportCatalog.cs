using OpenIntegrationData.Data.Database;
using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Data.Model.Areas;
using OpenIntegrationData.Data.Model.Nationalities;
using OpenIntegrationData.Data.Model.Observations;
using OpenIntegrationData.Data.Model.Places;
using OpenIntegrationData.Data.Model.Programmes;
using OpenIntegrationData.Data.Model.Sdg;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Import.Catalog;

/// <summary>
/// Every file the importer understands, in the order they are imported (referenced tables first), with
/// its columns in file order. Types, required values and the rules values obey come from the EF Core model
/// (its check constraints), so a bad value is reported with its line and column before PostgreSQL ever sees it.
/// </summary>
internal static class ImportCatalog
{
    public static IReadOnlyList<TableImport> Tables { get; } = Declare();

    /// <summary>Tables no file feeds: the importer writes them itself before it commits (the search index, the data version).</summary>
    public static IReadOnlyList<string> DerivedTables { get; } = [SearchIndex.Table, DataVersionSql.Table];

    private static List<TableImport> Declare()
    {
        var source = new TableImportBuilder<Source>()
            .Columns(s => s.Key, s => s.Title, s => s.Publisher, s => s.Url, s => s.Kind, s => s.Licence, s => s.LicenceName,
                s => s.LicenceUrl, s => s.PublishedOn, s => s.RetrievedOn, s => s.IsIllustrative, s => s.Note, s => s.Attribution, s => s.QualityLevel)
            .Key(s => s.Key)
            .Build();

        var goal = new TableImportBuilder<SdgGoal>()
            .Columns(g => g.Number, g => g.TitleDe, g => g.TitleEn, g => g.ShortTitleDe, g => g.ShortTitleEn, g => g.ColourHex)
            .Reference(g => g.SourceId, source, "source_key")
            .Key(g => g.Number)
            .Build();

        var target = new TableImportBuilder<SdgTarget>()
            .Column(t => t.Code)
            .Reference(t => t.GoalId, goal, "goal_number")
            .Columns(t => t.SortOrder, t => t.TitleDe, t => t.TitleEn)
            .Reference(t => t.SourceId, source, "source_key")
            .Key(t => t.Code)
            .Build();

        var indicator = new TableImportBuilder<SdgIndicator>()
            .Columns(i => i.Code, i => i.Kind)
            .Reference(i => i.GoalId, goal, "goal_number")
            .Reference(i => i.TargetId, target, "target_code")
            .Columns(i => i.SortOrder, i => i.TitleDe, i => i.TitleEn, i => i.ShortTitleDe, i => i.ShortTitleEn,
                i => i.DefinitionDe, i => i.DefinitionEn, i => i.UnitDe, i => i.UnitEn, i => i.FormulaDe, i => i.DataBasisDe,
                i => i.Tier, i => i.CustodianAgencies, i => i.PartnerAgencies)
            .Column(i => i.IsRepeat, defaultValue: false)
            .Column(i => i.InUnList, defaultValue: false)
            .Columns(i => i.UnInternalCode, i => i.UnNotes, i => i.InkarCode)
            .Reference(i => i.SourceId, source, "source_key")
            .Column(i => i.EnglishByProject, defaultValue: false)
            .Key(i => i.Code)
            .Build();

        var nationality = new TableImportBuilder<Nationality>()
            .Columns(n => n.Alpha2, n => n.Alpha3, n => n.NumericCode, n => n.NameDe, n => n.NameEn, n => n.OfficialNameDe,
                n => n.OfficialNameEn, n => n.CommonNameDe, n => n.CommonNameEn, n => n.IsEuMember, n => n.RegionDe, n => n.RegionEn,
                n => n.DestatisCode)
            .Reference(n => n.SourceId, source, "source_key")
            .Key(n => n.Alpha2)
            .Build();

        var nationalityGroup = new TableImportBuilder<NationalityGroup>()
            .Columns(g => g.Key, g => g.Kind, g => g.NameDe, g => g.NameEn, g => g.DescriptionDe, g => g.DescriptionEn)
            .Reference(g => g.NationalityId, nationality, "nationality_alpha2")
            .Column(g => g.DestatisCode)
            .Reference(g => g.SourceId, source, "source_key")
            .Key(g => g.Key)
            .Build();

        var municipality = new TableImportBuilder<Municipality>()
            .Columns(m => m.Ags, m => m.Name, m => m.OfficialName, m => m.State, m => m.Type, m => m.AreaKm2, m => m.Population,
                m => m.PopulationYear, m => m.PopulationReferenceDate)
            .Reference(m => m.PopulationSourceId, source, "population_source_key")
            .Reference(m => m.SourceId, source, "source_key")
            .Key(m => m.Ags)
            .Build();

        var district = new TableImportBuilder<District>()
            .Reference(d => d.MunicipalityId, municipality, "municipality_ags")
            .Columns(d => d.Name, d => d.Number, d => d.SortOrder, d => d.AreaKm2, d => d.AreaReferenceYear, d => d.Population,
                d => d.PopulationYear, d => d.PopulationReferenceDate)
            .Reference(d => d.PopulationSourceId, source, "population_source_key")
            .Reference(d => d.SourceId, source, "source_key")
            .Key(d => d.MunicipalityId, d => d.Name)
            .Build();

        var subDistrict = new TableImportBuilder<SubDistrict>()
            .Reference(s => s.MunicipalityId, municipality, "municipality_ags")
            .Reference(s => s.DistrictId, district, "municipality_ags", "district_name")
            .Columns(s => s.Name, s => s.Number, s => s.SortOrder, s => s.AreaKm2, s => s.AreaReferenceYear, s => s.Population,
                s => s.PopulationYear, s => s.PopulationReferenceDate)
            .Reference(s => s.PopulationSourceId, source, "population_source_key")
            .Reference(s => s.SourceId, source, "source_key")
            .Key(s => s.DistrictId, s => s.Name)
            .Build();

        var level = new TableImportBuilder<Level>()
            .Reference(l => l.MunicipalityId, municipality, "municipality_ags")
            .Columns(l => l.Key, l => l.NameDe, l => l.NameEn, l => l.Depth, l => l.ValidFrom, l => l.ValidUntil, l => l.DescriptionDe, l => l.DescriptionEn)
            .Reference(l => l.SourceId, source, "source_key")
            .Key(l => l.MunicipalityId, l => l.Key)
            .Build();

        var area = new TableImportBuilder<Area>()
            .Reference(a => a.MunicipalityId, municipality, "municipality_ags")
            .Reference(a => a.LevelId, level, "municipality_ags", "level_key")
            .Columns(a => a.Code, a => a.Name)
            .ReferenceToItself(a => a.ParentId, "municipality_ags", "parent_level_key", "parent_code")
            .Columns(a => a.ValidFrom, a => a.ValidUntil, a => a.SortOrder, a => a.AreaKm2)
            .Reference(a => a.SourceId, source, "source_key")
            .Key(a => a.LevelId, a => a.Code)
            .Build();

        var areaMatch = new TableImportBuilder<AreaMatch>()
            .Reference(m => m.OldAreaId, area, "municipality_ags", "old_level_key", "old_code")
            .Reference(m => m.NewAreaId, area, "municipality_ags", "new_level_key", "new_code")
            .Key(m => m.OldAreaId, m => m.NewAreaId)
            .Build();

        var measure = new TableImportBuilder<Measure>()
            .Columns(m => m.Key, m => m.NameDe, m => m.NameEn, m => m.DescriptionDe, m => m.DescriptionEn, m => m.UnitDe, m => m.UnitEn, m => m.Kind)
            .Reference(m => m.SourceId, source, "source_key")
            .Key(m => m.Key)
            .Build();

        var population = new TableImportBuilder<PopulationObservation>()
            .Reference(o => o.MunicipalityId, municipality, "municipality_ags")
            .Reference(o => o.DistrictId, district, "municipality_ags", "district_name")
            .Reference(o => o.SubDistrictId, subDistrict, "municipality_ags", "district_name", "sub_district_name")
            .Reference(o => o.NationalityId, nationality, "nationality_alpha2")
            .Reference(o => o.NationalityGroupId, nationalityGroup, "nationality_group_key")
            .Columns(o => o.MigrationCategory, o => o.Sex, o => o.AgeGroup, o => o.Year, o => o.ReferenceDate, o => o.Persons)
            .Reference(o => o.SourceId, source, "source_key")
            .Column(o => o.IsIllustrative, defaultValue: false)
            .Column(o => o.Note)
            .Reference(o => o.AreaId, area, "municipality_ags", "area_level_key", "area_code")
            // Left empty, the database fills them in: the measure "residents" and the exact value = persons.
            .ReferenceFilledInByDatabase(o => o.MeasureId, measure, "measure_key")
            .Column(o => o.Period, defaultValue: "year")
            .Column(o => o.Value, filledInByDatabase: true)
            .Key(o => o.MunicipalityId, o => o.DistrictId, o => o.SubDistrictId, o => o.AreaId, o => o.MeasureId, o => o.NationalityId,
                o => o.NationalityGroupId, o => o.MigrationCategory, o => o.Sex, o => o.AgeGroup, o => o.Year, o => o.ReferenceDate)
            .Build();

        var indicatorObservation = new TableImportBuilder<IndicatorObservation>()
            .Reference(o => o.IndicatorId, indicator, "indicator_code")
            .Reference(o => o.MunicipalityId, municipality, "municipality_ags")
            .Reference(o => o.DistrictId, district, "municipality_ags", "district_name")
            .Reference(o => o.SubDistrictId, subDistrict, "municipality_ags", "district_name", "sub_district_name")
            .Columns(o => o.Year, o => o.ReferenceDate, o => o.Value, o => o.Unit, o => o.Disaggregation, o => o.Status)
            .Reference(o => o.SourceId, source, "source_key")
            .Column(o => o.IsIllustrative, defaultValue: false)
            .Column(o => o.Note)
            .Reference(o => o.AreaId, area, "municipality_ags", "area_level_key", "area_code")
            .Key(o => o.IndicatorId, o => o.MunicipalityId, o => o.DistrictId, o => o.SubDistrictId, o => o.AreaId, o => o.Year, o => o.Disaggregation)
            .Build();

        var programme = new TableImportBuilder<Programme>()
            .Column(p => p.Key)
            .Reference(p => p.MunicipalityId, municipality, "municipality_ags")
            .Columns(p => p.NameDe, p => p.NameEn, p => p.DescriptionDe, p => p.DescriptionEn, p => p.Provider, p => p.Category,
                p => p.Status, p => p.StartDate, p => p.EndDate, p => p.Url)
            .Reference(p => p.SourceId, source, "source_key")
            .Key(p => p.Key)
            .Build();

        var network = new TableImportBuilder<Network>()
            .Columns(n => n.Key, n => n.NameDe, n => n.NameEn, n => n.DescriptionDe, n => n.DescriptionEn, n => n.Kind, n => n.Scope,
                n => n.FoundedYear, n => n.Url)
            .Reference(n => n.SourceId, source, "source_key")
            .Key(n => n.Key)
            .Build();

        return
        [
            source, goal, target, indicator, nationality, nationalityGroup, municipality, district, subDistrict,
            level, area, areaMatch, measure, population, indicatorObservation, programme,
            new TableImportBuilder<ProgrammeDistrict>()
                .Reference(l => l.ProgrammeId, programme, "programme_key")
                .Reference(l => l.DistrictId, district, "municipality_ags", "district_name")
                .Key(l => l.ProgrammeId, l => l.DistrictId)
                .Build(),
            new TableImportBuilder<ProgrammeLanguage>()
                .Reference(l => l.ProgrammeId, programme, "programme_key")
                .Column(l => l.LanguageCode)
                .Key(l => l.ProgrammeId, l => l.LanguageCode)
                .Build(),
            new TableImportBuilder<ProgrammeTargetGroup>()
                .Reference(l => l.ProgrammeId, programme, "programme_key")
                .Column(l => l.TargetGroup)
                .Key(l => l.ProgrammeId, l => l.TargetGroup)
                .Build(),
            new TableImportBuilder<ProgrammeSdgGoal>()
                .Reference(l => l.ProgrammeId, programme, "programme_key")
                .Reference(l => l.GoalId, goal, "goal_number")
                .Column(l => l.AssignedBy)
                .Key(l => l.ProgrammeId, l => l.GoalId)
                .Build(),
            new TableImportBuilder<ProgrammeSdgTarget>()
                .Reference(l => l.ProgrammeId, programme, "programme_key")
                .Reference(l => l.TargetId, target, "target_code")
                .Column(l => l.AssignedBy)
                .Key(l => l.ProgrammeId, l => l.TargetId)
                .Build(),
            network,
            new TableImportBuilder<Membership>()
                .Reference(m => m.MunicipalityId, municipality, "municipality_ags")
                .Reference(m => m.NetworkId, network, "network_key")
                .Columns(m => m.Role, m => m.JoinedYear, m => m.JoinedOn, m => m.LeftOn)
                .Reference(m => m.SourceId, source, "source_key")
                .Column(m => m.Note)
                .Key(m => m.MunicipalityId, m => m.NetworkId)
                .Build(),
        ];
    }
}

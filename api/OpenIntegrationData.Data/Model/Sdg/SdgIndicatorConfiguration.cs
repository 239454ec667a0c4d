using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenIntegrationData.Data.Model.Building;
using OpenIntegrationData.Data.Model.Sources;

namespace OpenIntegrationData.Data.Model.Sdg;

internal sealed class SdgIndicatorConfiguration : IEntityTypeConfiguration<SdgIndicator>
{
    public void Configure(EntityTypeBuilder<SdgIndicator> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "An indicator that measures progress on the SDGs. Kind \"global\": the UN global indicator list (e.g. 10.7.2). " +
                "Kind \"municipal\": the German \"SDG-Indikatoren für Kommunen\" that cities and counties report (e.g. child poverty). " +
                "Kind \"context\": a related statistic that belongs to no SDG set, from INKAR (e.g. population density) or from a city's statistics office " +
                "(e.g. the social indicators of Hamburg's Stadtteil profiles).");
            table.HasCheckConstraint("sdg_indicator_check", "title_de is not null or title_en is not null");
            // A global indicator always sits under a UN target; a municipal one under a goal.
            table.HasCheckConstraint("sdg_indicator_check1", "kind <> 'global' or target_id is not null");
            table.HasCheckConstraint("sdg_indicator_check2", "kind <> 'municipal' or goal_id is not null");
        });

        builder.Property(i => i.Id).HasComment("Surrogate key.");
        builder.Property(i => i.Code).NotEmpty()
            .HasComment("Indicator code: the UN code for global indicators (e.g. \"10.7.2\"); \"inkar:<variable>\" for municipal ones; \"inkar:<table>/<variable>\" for context statistics " +
                "from INKAR; \"statistik-nord:stadtteilprofile/<key>\" for those of Hamburg's Stadtteil profiles (context).");
        builder.Property(i => i.Kind).OneOf("global", "municipal", "context")
            .HasComment("global (UN list), municipal (German municipal SDG set) or context (related statistic outside any SDG set, from INKAR or a city's statistics office).");
        builder.Property(i => i.GoalId).HasComment("The goal the indicator measures; empty for context statistics.");
        builder.Property(i => i.TargetId)
            .HasComment("The UN target the indicator measures; global indicators always have one, the municipal set is published without target mapping.");
        builder.Property(i => i.SortOrder).HasComment("Position in the list it comes from; sorting by it puts 1.1.1 before 1.10.1.");
        builder.Property(i => i.TitleDe).HasComment("Indicator title in German.");
        builder.Property(i => i.TitleEn).HasComment("Indicator title in English (the UN list text for global indicators).");
        builder.Property(i => i.ShortTitleDe).HasComment("Short name in German (municipal and context indicators).");
        builder.Property(i => i.ShortTitleEn).HasComment("Short name in English, where one exists.");
        builder.Property(i => i.DefinitionDe).HasComment("What the indicator measures, in German (as defined by the statistics office).");
        builder.Property(i => i.DefinitionEn).HasComment("What the indicator measures, in English, where a translation exists.");
        builder.Property(i => i.UnitDe).HasComment("Unit of the values in German (e.g. \"je 1.000 Einwohner\", \"%\").");
        builder.Property(i => i.UnitEn).HasComment("Unit of the values in English, where given.");
        builder.Property(i => i.FormulaDe).HasComment("How the value is calculated, in German.");
        builder.Property(i => i.DataBasisDe).HasComment("Statistics the value is calculated from, in German.");
        builder.Property(i => i.Tier)
            .HasComment("UN tier classification (I: method and data exist, II: method but little data, III: no agreed method), as of 30 Nov 2022.");
        builder.Property(i => i.CustodianAgencies).HasComment("UN agencies responsible for the global indicator.");
        builder.Property(i => i.PartnerAgencies).HasComment("Partner agencies of the global indicator.");
        builder.Property(i => i.IsRepeat).HasDefaultValueSql("false")
            .HasComment("True when the same indicator is listed under several targets (e.g. 1.5.1, 11.5.1, 13.1.1).");
        builder.Property(i => i.EnglishByProject).HasDefaultValueSql("false")
            .HasComment("True when the English title, unit and definition are the project's translation, not published by the source.");
        builder.Property(i => i.InUnList).HasDefaultValueSql("false")
            .HasComment("True when the indicator is on the UN global list of 30 Nov 2022; false for legacy codes and for municipal and context indicators.");
        builder.Property(i => i.UnInternalCode).HasComment("The UN's internal indicator code (e.g. \"C100702\").");
        builder.Property(i => i.UnNotes).HasComment("UN remarks on refinements and data availability.");
        builder.Property(i => i.InkarCode)
            .HasComment("Variable code in the INKAR database of the Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), for municipal indicators and INKAR's context statistics; empty for the others.");
        builder.Property(i => i.SourceId).HasComment("Source of titles and definitions.");

        builder.HasAlternateKey(i => i.Code);
        builder.HasAlternateKey(i => i.SortOrder);
        builder.HasOne<SdgGoal>().WithMany().HasForeignKey(i => i.GoalId);
        builder.HasOne<SdgTarget>().WithMany().HasForeignKey(i => i.TargetId);
        builder.HasOne<Source>().WithMany().HasForeignKey(i => i.SourceId);
        builder.HasIndex(i => new { i.GoalId, i.SortOrder }, "sdg_indicator_goal_id_idx");
        builder.HasIndex(i => new { i.TargetId, i.SortOrder }, "sdg_indicator_target_id_idx");
        builder.HasIndex(i => new { i.Kind, i.SortOrder }, "sdg_indicator_kind_idx");
        builder.HasIndex(i => i.SourceId, "sdg_indicator_source_id_idx");
        builder.HasIndex(i => i.InkarCode, "sdg_indicator_inkar_code_idx");
    }
}

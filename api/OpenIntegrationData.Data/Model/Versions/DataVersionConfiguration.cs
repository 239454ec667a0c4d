using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenIntegrationData.Data.Model.Versions;

internal sealed class DataVersionConfiguration : IEntityTypeConfiguration<DataVersion>
{
    public void Configure(EntityTypeBuilder<DataVersion> builder)
    {
        builder.ToTable(table =>
        {
            table.HasComment(
                "The version of the data as a whole, in one row: every committed import raises it in its own transaction and " +
                "notifies channel data_version, so servers drop answers they keep for the older data. Not part of the open data.");
            table.HasCheckConstraint("data_version_id_check", "id = 1");
            table.HasCheckConstraint("data_version_version_check", "version > 0");
        });

        builder.Property(v => v.Id).ValueGeneratedNever().HasComment("Always 1: the table holds a single row.");
        builder.Property(v => v.Version).HasComment("Raised by one with every committed import; starts at 1 with the first.");
        builder.Property(v => v.ChangedAt).HasComment("When the import that set this version committed (its transaction's start).");
    }
}

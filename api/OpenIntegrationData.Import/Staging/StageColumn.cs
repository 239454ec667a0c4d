using OpenIntegrationData.Import.Catalog;

namespace OpenIntegrationData.Import.Staging;

/// <summary>A column of the file that is staged: where it sits in each record and how its values are parsed.
/// Reference columns are parsed with the type of the key they point at.</summary>
internal sealed record StageColumn(ColumnSpec Spec, int FieldIndex, bool IsPlain)
{
    public string Name => Spec.Name;

    /// <summary>1-based field number, as problems report it.</summary>
    public int Column => FieldIndex + 1;
}

using NpgsqlTypes;

namespace OpenIntegrationData.Data.Model.Search;

/// <summary>
/// One searchable text of one entity, folded and indexed for <c>search</c> (table <c>search_entry</c>). Derived
/// data: every import rewrites the whole table from the searched fields, so it is never imported or edited.
/// </summary>
public sealed class SearchEntry
{
    public long Id { get; set; }

    public required string NodeType { get; set; }

    public long NodeId { get; set; }

    public required string Field { get; set; }

    public int FieldOrder { get; set; }

    public int SourceOrder { get; set; }

    public decimal Weight { get; set; }

    public string? Language { get; set; }

    public required string Text { get; set; }

    public required string Folded { get; set; }

    public required string Compact { get; set; }

    public required NpgsqlTsVector Words { get; set; }
}

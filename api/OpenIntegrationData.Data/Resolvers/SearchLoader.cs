using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// <c>search(text:, first:)</c> in one statement over every field <see cref="SearchCatalog"/> declares. Both sides are
/// folded (<see cref="SearchText"/>: case, accents, umlauts), then a text scores by how it matches: the whole text 1,
/// its start 0.9, its start ignoring spaces 0.85, the start of a word 0.8, inside a word or across spaces ("welcome point" in "WelcomePoint") 0.6,
/// and otherwise by German or English full-text search (stemmed words, any of them) 0.2–0.4. Each entity appears
/// once, with its best field; ties go to the shorter text, then to the field declared first (a name before a key).
/// </summary>
internal sealed class SearchLoader(SqlRunner runner)
{
    public const int MaxTextLength = 200;
    public const int MaxFirst = 50;

    private const string Alias = "t";

    public async ValueTask<object?> SearchAsync(ResolverContext context)
    {
        var text = (string)context.Arguments["text"]!;
        var first = context.Arguments.GetValueOrDefault("first") as int? ?? 10;
        if (text.Length > MaxTextLength || first is < 1 or > MaxFirst)
        {
            return GraphErrors.SearchOutOfBounds(text.Length, MaxTextLength, first, MaxFirst);
        }

        var folded = SearchText.Fold(text);
        var compact = SearchText.Compact(folded);
        if (compact.Length == 0)
        {
            return Array.Empty<SearchHit>();
        }

        // Any of the words, for full-text search; only letters and digits reach to_tsquery.
        var words = string.Join(" | ", folded.Split(' ').Select(SearchText.Compact).Where(static w => w.Length > 0));
        var query = new SearchQuery(new SqlValue(folded), new SqlValue(compact), new SqlValue(words));
        var candidates = SqlFragment.Join(" union all ", SearchCatalog.Sources.SelectMany((source, order) => Candidates(source, order, query)));
        var statement = SqlFragment.Of(
            $"""
            select node_type, id, field, lang, matched, score from (
              select distinct on (node_type, id) node_type, id, field, lang, matched, score, source_order, field_order
              from ({candidates}) candidate
              where score > 0
              order by node_type, id, score desc, length(matched), field_order
            ) best
            order by score desc, length(matched), source_order, id
            limit {first}
            """).ToStatement();
        return await runner.QueryAsync(
            statement,
            static r => new SearchHit(r.GetString(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), (double)r.GetDecimal(5)),
            context.CancellationToken);
    }

    /// <summary>One candidate select per searched column and language.</summary>
    private static IEnumerable<SqlFragment> Candidates(SearchSource source, int order, SearchQuery query)
    {
        var fieldOrder = 0;
        foreach (var (entity, column) in SearchCatalog.Columns(source))
        {
            var field = new SearchField(entity, column, fieldOrder++);
            if (column.Kind == ValueKind.LocalizedText)
            {
                yield return Candidate(source, field, CatalogSql.Column(column, Alias), "de", "german", order, query);
                yield return Candidate(source, field, CatalogSql.EnglishColumn(column, Alias), "en", "english", order, query);
            }
            else
            {
                yield return Candidate(source, field, CatalogSql.Column(column, Alias), null, "simple", order, query);
            }
        }
    }

    private static SqlFragment Candidate(SearchSource source, SearchField field, SqlFragment text, string? language, string configuration, int order, SearchQuery query)
    {
        var (entity, column, fieldOrder) = field;
        var folded = SqlFragment.Of($"translate(replace(lower(({text}) collate \"und-x-icu\"), 'ß', 'ss'), {Folding})");
        var compact = SqlFragment.Of($"regexp_replace({folded} collate \"und-x-icu\", '[^[:alnum:]]+', '', 'g')");
        var config = SqlFragment.Trusted($"'{configuration}'::regconfig");
        var vector = SqlFragment.Of($"to_tsvector({config}, {folded})");
        var tsquery = SqlFragment.Of($"to_tsquery({config}, {query.Words}::text)");
        var labels = SqlFragment.Trusted($"'{entity.Name}'::text as node_type, {CatalogSql.Key(Alias)} as id, '{column.Name}'::text as field, {(language is null ? "null::text" : $"'{language}'::text")} as lang");
        return SqlFragment.Of(
            $"""
            select {labels}, {text} as matched, {order} as source_order, {fieldOrder} as field_order,
              {SqlFragment.Trusted(source.Weight.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture))} * case
                when {folded} = {query.Folded}::text then 1.0
                when starts_with({folded}, {query.Folded}::text) then 0.9
                when starts_with({compact}, {query.Compact}::text) then 0.85
                when strpos(' ' || {folded}, ' ' || {query.Folded}::text) > 0 then 0.8
                when strpos({compact}, {query.Compact}::text) > 0 then 0.6
                when {vector} @@ {tsquery} then round((0.2 + least(ts_rank({vector}, {tsquery}), 0.2))::numeric, 4)
                else 0
              end::numeric as score
            from {CatalogSql.Table(entity, Alias)}
            where {text} is not null
            """);
    }

    /// <summary>The <c>translate</c> arguments that drop the marks <see cref="SearchText"/> drops.</summary>
    private static readonly SqlFragment Folding = SqlFragment.Trusted($"'{SearchText.Marked}', '{SearchText.Plain}'");

    /// <summary>A searched column and its place in its source's list (earlier fields win ties).</summary>
    private sealed record SearchField(EntityDefinition Entity, ColumnDefinition Column, int Order);

    private sealed record SearchQuery(SqlValue Folded, SqlValue Compact, SqlValue Words);
}

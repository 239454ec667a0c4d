using OpenIntegrationData.Data.Graph;
using OpenIntegrationData.Data.Graph.Search;
using OpenIntegrationData.Data.Model.Search;
using OpenIntegrationData.Data.Sql;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// <c>search(text:, first:)</c> in one statement over <c>search_entry</c>, where <see cref="SearchIndex"/> keeps every
/// field <see cref="SearchCatalog"/> declares, folded as the reader's words are (<see cref="SearchText"/>: case,
/// accents, umlauts). Candidates come through the indexes (trigrams of the compact text, the words); then a text scores by how it matches: the whole text 1,
/// its start 0.9, its start ignoring spaces 0.85, the start of a word 0.8, inside a word or across spaces ("welcome point" in "WelcomePoint") 0.6,
/// and otherwise by German or English full-text search (stemmed words, any of them) 0.2–0.4. Each entity appears
/// once, with its best field; ties go to the shorter text, then to the field declared first (a name before a key).
/// </summary>
internal sealed class SearchLoader(SqlRunner runner)
{
    public const int MaxTextLength = 200;
    public const int MaxFirst = 50;

    public async ValueTask<object?> SearchAsync(ResolverContext context)
    {
        var text = (string)context.Arguments["text"]!;
        var first = context.Arguments.GetValueOrDefault("first") as int? ?? 10;
        if (text.Length > MaxTextLength || first is < 1 or > MaxFirst)
        {
            return GraphErrors.SearchOutOfBounds(text.Length, MaxTextLength, first, MaxFirst);
        }

        var foldedText = SearchText.Fold(text);
        var compactText = SearchText.Compact(foldedText);
        if (compactText.Length == 0)
        {
            return Array.Empty<SearchHit>();
        }

        var folded = new SqlValue(foldedText);
        var compact = new SqlValue(compactText);

        // Any of the words, for full-text search; only letters and digits reach to_tsquery.
        var words = new SqlValue(string.Join(" | ", foldedText.Split(' ').Select(SearchText.Compact).Where(static w => w.Length > 0)));
        var wordsMatch = SqlFragment.Or(SearchLanguages.All.Select(l => SqlFragment.Of(
            $"({SearchIndex.IsLanguage("e.language", l.Language)} and e.words @@ to_tsquery({SqlFragment.Trusted($"'{l.Configuration}'")}, {words}::text))")));
        var statement = SqlFragment.Of(
            $"""
            select node_type, node_id, field, language, text, score from (
              select distinct on (node_type, node_id) node_type, node_id, field, language, text, score, source_order, field_order
              from (
                select e.node_type, e.node_id, e.field, e.language, e.text, e.source_order, e.field_order,
                  e.weight * case
                    when e.folded = {folded}::text then 1.0
                    when starts_with(e.folded, {folded}::text) then 0.9
                    when starts_with(e.compact, {compact}::text) then 0.85
                    when strpos(' ' || e.folded, ' ' || {folded}::text) > 0 then 0.8
                    when strpos(e.compact, {compact}::text) > 0 then 0.6
                    when e.words @@ q.words then round((0.2 + least(ts_rank(e.words, q.words), 0.2))::numeric, 4)
                    else 0
                  end::numeric as score
                from search_entry e
                cross join lateral (select to_tsquery({SearchIndex.ConfigurationOf("e.language")}, {words}::text) as words) q
                -- Every match above contains the compact words, so the trigram index finds them; the rest is full-text,
                -- one condition per language with its configuration spelt out, so the index on the words serves each.
                where e.compact like '%' || {compact}::text || '%' or {wordsMatch}
              ) candidate
              where score > 0
              order by node_type, node_id, score desc, length(text), field_order
            ) best
            order by score desc, length(text), source_order, node_id
            limit {first}
            """).ToStatement();
        return await runner.QueryAsync(
            statement,
            static r => new SearchHit(r.GetString(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), (double)r.GetDecimal(5)),
            context.CancellationToken);
    }
}

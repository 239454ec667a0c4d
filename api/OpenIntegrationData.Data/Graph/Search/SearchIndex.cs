using System.Globalization;
using Npgsql;
using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Model.Search;
using OpenIntegrationData.Data.Querying;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Graph.Search;

/// <summary>
/// Keeps the table <c>search_entry</c> in step with the data: every field <see cref="SearchCatalog"/> declares,
/// folded by the same table as <see cref="SearchText"/>, with its words for full-text search. The importer rewrites
/// it inside its own transaction, so readers see the old texts or the new ones, never half of each.
/// </summary>
public static class SearchIndex
{
    /// <summary>The table the index lives in.</summary>
    public const string Table = "search_entry";

    private const string Alias = "t";

    /// <summary>The text-search configuration of the language in the column <paramref name="language"/>.</summary>
    internal static SqlFragment ConfigurationOf(string language) => SqlFragment.Trusted(
        $"case {string.Concat(SearchLanguages.All.Where(l => l.Language is not null).Select(l => $"when {language} = '{l.Language}' then '{l.Configuration}' "))}" +
        $"else '{SearchLanguages.All.Single(l => l.Language is null).Configuration}' end::regconfig");

    /// <summary>The condition on the column <paramref name="language"/> that selects entries of <paramref name="code"/>.</summary>
    internal static SqlFragment IsLanguage(string language, string? code) =>
        SqlFragment.Trusted(code is null ? $"{language} is null" : $"{language} = '{code}'");

    /// <summary>Rewrites every entry from the searched tables in a transaction of its own (at startup).</summary>
    public static async Task RefreshAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RefreshAsync(connection, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Rewrites every entry from the searched tables, inside the connection's open transaction (an import's).</summary>
    public static async Task RefreshAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var statement = RefreshStatement().ToStatement();
        // No client-side timeout: a large import may take its time, and the caller's token still cancels.
        await using var command = new NpgsqlCommand(statement.Text, connection) { CommandTimeout = 0 };
        command.Parameters.AddRange(statement.Parameters.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// One statement: a lock that lets readers read but keeps two refreshes (an import and a starting node) from
    /// interleaving, then delete and insert.
    /// </summary>
    internal static SqlFragment RefreshStatement()
    {
        var rows = SqlFragment.Join("\nunion all\n", SearchCatalog.Sources.SelectMany(Rows));
        return SqlFragment.Of(
            $"""
            lock table {SqlFragment.Trusted(Table)} in share row exclusive mode;
            delete from {SqlFragment.Trusted(Table)};
            insert into {SqlFragment.Trusted(Table)} (node_type, node_id, field, field_order, source_order, weight, language, text, folded, compact, words)
            select node_type, node_id, field, field_order, source_order, weight, language, text, folded,
              regexp_replace(folded collate "und-x-icu", '[^[:alnum:]]+', '', 'g'),
              to_tsvector({ConfigurationOf("language")}, folded)
            from (
              select node_type, node_id, field, field_order, source_order, weight, language, text, {Folded("text")} as folded
              from ({rows}) searched
              where text is not null and text <> ''
            ) folded
            """);
    }

    /// <summary>The SQL of <see cref="SearchText.Fold"/>: lower case, marks dropped by the same table, ß as ss.</summary>
    internal static SqlFragment Folded(string column) => SqlFragment.Trusted(
        $"regexp_replace(btrim(translate(replace(lower({column} collate \"und-x-icu\"), 'ß', 'ss'), '{SearchText.Marked}', '{SearchText.Plain}')), '\\s+', ' ', 'g')");

    /// <summary>One select per searched column and language of a catalog entry.</summary>
    private static IEnumerable<SqlFragment> Rows(SearchSource source, int sourceOrder)
    {
        var fieldOrder = 0;
        foreach (var (entity, column) in SearchCatalog.Columns(source))
        {
            if (column.Kind == ValueKind.LocalizedText)
            {
                yield return Row(source, sourceOrder, entity, column, fieldOrder, CatalogSql.Column(column, Alias), "'de'");
                yield return Row(source, sourceOrder, entity, column, fieldOrder, CatalogSql.EnglishColumn(column, Alias), "'en'");
            }
            else
            {
                yield return Row(source, sourceOrder, entity, column, fieldOrder, CatalogSql.Column(column, Alias), "null");
            }

            fieldOrder++;
        }
    }

    private static SqlFragment Row(SearchSource source, int sourceOrder, EntityDefinition entity, ColumnDefinition column, int fieldOrder, SqlFragment text, string language)
    {
        var weight = source.Weight.ToString("0.0##", CultureInfo.InvariantCulture);
        var labels = SqlFragment.Trusted(
            $"'{entity.Name}'::text as node_type, {CatalogSql.Key(Alias)} as node_id, '{column.Name}'::text as field, {fieldOrder} as field_order, " +
            $"{sourceOrder} as source_order, {weight} as weight, {language}::text as language");
        return SqlFragment.Of($"select {labels}, ({text})::text as text from {CatalogSql.Table(entity, Alias)}");
    }
}

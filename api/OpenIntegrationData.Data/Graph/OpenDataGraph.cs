using Npgsql;
using OpenIntegrationData.Data.Graph.Schema;
using OpenIntegrationData.Data.Resolvers;
using OpenIntegrationData.Data.Sql;

namespace OpenIntegrationData.Data.Graph;

/// <summary>The served open-data graph: the schema generated from the catalog, answered from PostgreSQL.</summary>
public static class OpenDataGraph
{
    /// <summary>Creates the schema; its resolvers run on <paramref name="dataSource"/>.</summary>
    public static GraphQL.Types.Schema CreateSchema(NpgsqlDataSource dataSource, GraphOptions options) =>
        CreateSchema(dataSource, options, observer: null);

    /// <summary>
    /// Creates the schema and reports every SQL statement to <paramref name="observer"/> (e.g. to count them); counts and
    /// totals go through <paramref name="totals"/> (none kept when null).
    /// </summary>
    public static GraphQL.Types.Schema CreateSchema(NpgsqlDataSource dataSource, GraphOptions options, IStatementObserver? observer, TotalsMemo? totals = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        var runner = new SqlRunner(dataSource, options.StatementTimeout, observer);
        return new GraphSchemaFactory(options, new GraphResolvers(runner, options, totals ?? TotalsMemo.Off)).Create();
    }
}

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

    /// <summary>Creates the schema and reports every SQL statement to <paramref name="observer"/> (e.g. to count them).</summary>
    public static GraphQL.Types.Schema CreateSchema(NpgsqlDataSource dataSource, GraphOptions options, IStatementObserver? observer)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        var runner = new SqlRunner(dataSource, options.StatementTimeout, observer);
        return new GraphSchemaFactory(options, new GraphResolvers(runner, options)).Create();
    }
}

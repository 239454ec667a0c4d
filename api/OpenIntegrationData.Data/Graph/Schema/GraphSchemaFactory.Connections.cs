using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>Connections (docs/conventions.md#paging): types named after the field, HotChocolate's arguments and cost directives.</summary>
internal sealed partial class GraphSchemaFactory
{
    /// <summary>The connection type of a paged field, added once per field name.</summary>
    /// <exception cref="InvalidOperationException">When one field name would page two different types.</exception>
    private string ConnectionType(string fieldName, EntityDefinition node)
    {
        var connection = GraphTypeNames.Connection(fieldName);
        if (_connectionNodes.TryGetValue(connection, out var existing))
        {
            return existing == node.Name
                ? connection
                : throw new InvalidOperationException($"{connection} would page both {existing} and {node.Name}; rename one of the fields.");
        }

        _connectionNodes.Add(connection, node.Name);
        var edge = GraphTypeNames.Edge(fieldName);
        _builder.AddObjectType(connection, t => t
            .Description(GraphDescriptions.Connection)
            .Field("pageInfo", $"{GraphTypeNames.PageInfo}!", f => f.Description(GraphDescriptions.ConnectionPageInfo))
            .Field("edges", $"[{edge}!]", f => f.Description(GraphDescriptions.ConnectionEdges))
            .Field("nodes", $"[{node.Name}!]", f => f.Description(GraphDescriptions.ConnectionNodes))
            .Field("totalCount", "Int!", f => f.Description(GraphDescriptions.ConnectionTotalCount).Cost(10)));
        _builder.AddObjectType(edge, t => t
            .Description(GraphDescriptions.Edge)
            .Field("cursor", "String!", f => f.Description(GraphDescriptions.EdgeCursor))
            .Field("node", $"{node.Name}!", f => f.Description(GraphDescriptions.EdgeNode)));
        return connection;
    }

    /// <summary>first, after, last, before, where, order — in HotChocolate's order, with its @listSize and @cost.</summary>
    private FieldBuilder ConfigureConnectionField(FieldBuilder field, EntityDefinition node, string description) => field
        .Description(description)
        .Argument("first", "Int", a => a.Description(GraphDescriptions.First))
        .Argument("after", "String", a => a.Description(GraphDescriptions.After))
        .Argument("last", "Int", a => a.Description(GraphDescriptions.Last))
        .Argument("before", "String", a => a.Description(GraphDescriptions.Before))
        .Argument("where", node.FilterInputName, a => a.Description(GraphDescriptions.Where).Cost(10))
        .Argument("order", $"[{node.SortInputName}!]", a => a.Description(GraphDescriptions.Order).Cost(10))
        .ListSize(
            assumedSize: _options.MaxPageSize,
            slicingArguments: ["first", "last"],
            slicingArgumentDefaultValue: _options.EffectiveDefaultPageSize,
            sizedFields: ["edges", "nodes"],
            requireOneSlicingArgument: false)
        .Cost(10);
}

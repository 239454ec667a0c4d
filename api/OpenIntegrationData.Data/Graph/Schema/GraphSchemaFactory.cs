using OpenIntegrationData.Data.Graph.Catalog;
using OpenIntegrationData.Data.Resolvers;
using OpenIntegrationData.Data.Scalars;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Data.Graph.Schema;

/// <summary>
/// Generates the served schema from the <see cref="OpenDataCatalog"/>: object types implementing
/// <c>Node</c>, connections, filter and sort inputs, root fields and totals, all with
/// HotChocolate 15's names, argument orders and cost directives. One pass, no special cases per entity.
/// </summary>
internal sealed partial class GraphSchemaFactory
{
    private readonly GraphOptions _options;
    private readonly GraphResolvers _resolvers;
    private readonly SchemaBuilder _builder = new();
    private readonly Dictionary<string, string> _connectionNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _operationFilters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _valueListFilters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _objectListFilters = new(StringComparer.Ordinal);

    public GraphSchemaFactory(GraphOptions options, GraphResolvers resolvers)
    {
        _options = options;
        _resolvers = resolvers;
    }

    public GraphQL.Types.Schema Create()
    {
        _builder
            .Description("OpenIntegrationData: how German cities live together — districts, the nationalities of their residents, integration programmes and UN Sustainable Development Goal indicators. Every figure points at its source and licence.")
            .EnableCostDirectives();
        AddScalars();
        AddSharedTypes();
        AddEnums();
        foreach (var entity in OpenDataCatalog.Entities)
        {
            AddEntityType(entity);
            AddFilterInput(entity);
            AddSortInput(entity);
        }

        AddQueryType();
        AddTotals();
        AddSearch();
        return _builder.Build();
    }

    private void AddScalars()
    {
        _builder.AddScalarType(new LongType());
        _builder.AddScalarType(new DecimalType());
        _builder.AddScalarType(new LocalDateType());
        _builder.AddScalarType(new GeoJsonType());
    }

    private void AddSharedTypes()
    {
        _builder.AddInterfaceType(GraphTypeNames.Node, t => t
            .Description(GraphDescriptions.Node)
            .Field("id", "ID!", f => f.Description("A globally unique ID of the object (Base64 of \"TypeName:key\"); use it with `node(id:)`."))
            .ResolveType(static value => (value as EntityRow)?.Entity.Name));

        _builder.AddObjectType(GraphTypeNames.PageInfo, t => t
            .Description(GraphDescriptions.PageInfo)
            .Field("hasNextPage", "Boolean!", f => f.Description(GraphDescriptions.HasNextPage))
            .Field("hasPreviousPage", "Boolean!", f => f.Description(GraphDescriptions.HasPreviousPage))
            .Field("startCursor", "String", f => f.Description(GraphDescriptions.StartCursor))
            .Field("endCursor", "String", f => f.Description(GraphDescriptions.EndCursor)));

        _builder.AddEnumType(GraphTypeNames.SortEnum, t => t
            .Description("Direction of a sort field.")
            .Value("ASC", "ASC", v => v.Description("Ascending: smallest, earliest or A first; empty values last."))
            .Value("DESC", "DESC", v => v.Description("Descending: largest, latest or Z first; empty values first.")));

        _builder.AddObjectType(GraphTypeNames.LocalizedText, t => t
            .Description("A text in German and English. Either may be empty when the source has no text in that language. Filter and sort by one language: `name: { de: { startsWith: \"Stadt\" } }`, `order: { name: { en: ASC } }`.")
            .Field("de", "String", f => f.Description("The German text."))
            .Field("en", "String", f => f.Description("The English text.")));

        _builder.AddInputObjectType(GraphTypeNames.LocalizedTextFilter, t => t
            .Description("Filters a text in German and English; give the language to compare.")
            .Field("and", $"[{GraphTypeNames.LocalizedTextFilter}!]", f => f.Description("All of these filters must match."))
            .Field("or", $"[{GraphTypeNames.LocalizedTextFilter}!]", f => f.Description("At least one of these filters must match."))
            .Field("de", EnsureOperationFilter(ValueKind.String, null), f => f.Description("Compares the German text."))
            .Field("en", EnsureOperationFilter(ValueKind.String, null), f => f.Description("Compares the English text.")));

        _builder.AddInputObjectType(GraphTypeNames.LocalizedTextSort, t => t
            .Description("Sorts by a text in German or English.")
            .Field("de", GraphTypeNames.SortEnum, f => f.Description("Sorts by the German text.").Cost(10))
            .Field("en", GraphTypeNames.SortEnum, f => f.Description("Sorts by the English text.").Cost(10)));

        _builder.AddInputObjectType(GraphTypeNames.IdFilter, t => t
            .Description("Compares global IDs.")
            .Field("eq", "ID", f => f.Description("Equal to this ID; null matches nothing, as every object has an ID.").Cost(10))
            .Field("neq", "ID", f => f.Description("Not equal to this ID.").Cost(10))
            .Field("in", "[ID]", f => f.Description("One of these IDs.").Cost(10))
            .Field("nin", "[ID]", f => f.Description("None of these IDs.").Cost(10)));
    }

    private void AddEnums()
    {
        foreach (var definition in OpenDataCatalog.Enums)
        {
            _builder.AddEnumType(definition.Name, t =>
            {
                t.Description(definition.Description);
                foreach (var value in definition.Values)
                {
                    t.Value(value.GraphQLName, value.Code, v => v.Description(value.Description));
                }
            });
        }
    }
}

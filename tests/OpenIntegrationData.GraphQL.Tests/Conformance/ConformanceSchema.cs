using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// The schema the differential, hostile-document and randomised tests run on: every kind of
/// type the engine knows (interfaces implementing interfaces, unions, enums, input objects with
/// <c>@oneOf</c>, nested and list inputs, custom scalars with <c>@specifiedBy</c>, deprecated
/// fields, arguments, input fields and enum values, required arguments, custom directives) and
/// all three root types. Resolvers answer from small in-memory data, so every valid document
/// also executes.
/// </summary>
internal static class ConformanceSchema
{
    public const string Sdl = """
        "A small city catalogue for judging the engine against graphql-js."
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An RFC 3339 date and time."
        scalar DateTime @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        "Any JSON value."
        scalar JSON

        "Marks a selection for the audit log."
        directive @audit(note: String = "none", level: Int) repeatable on QUERY | FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        "Client-side hints the server ignores."
        directive @hint(value: String!) on VARIABLE_DEFINITION | FRAGMENT_DEFINITION | MUTATION | SUBSCRIPTION

        "Groups fields in documentation."
        directive @tag(name: String!) on FIELD_DEFINITION | OBJECT

        "Something with a global identifier."
        interface Node {
          id: ID!
        }

        interface Named {
          name: String!
        }

        "A place people live in."
        interface Place implements Node & Named {
          id: ID!
          name: String!
          population(year: Int = 2024): Int
        }

        type District implements Place & Node & Named @tag(name: "places") {
          id: ID!
          name: String!
          population(year: Int = 2024): Int
          area: Float
          neighbours(first: Int = 10, after: String): [District!]!
          facilities(kind: FacilityKind, near: GeoPointInput): [Facility!]!
          founded: DateTime
          "The statistical office's code."
          code: String @deprecated(reason: "Use `id`.")
          metadata: JSON
          city: City!
        }

        type City implements Place & Node & Named {
          id: ID!
          name: String!
          population(year: Int = 2024): Int
          districts(filter: DistrictFilter, order: [DistrictOrder!] = [{ field: NAME, direction: ASC }]): [District!]!
          mayor: Person
          twinCities: [City!]
        }

        type Person implements Node & Named {
          id: ID!
          name: String!
          age: Int
          nickname: String
          friends: [Person]
        }

        type School implements Node & Named {
          id: ID!
          name: String!
          pupils: Int!
          kind: FacilityKind!
        }

        type Library implements Node & Named {
          id: ID!
          name: String!
          books: Int
          kind: FacilityKind!
        }

        "A public facility."
        union Facility = School | Library

        union SearchResult = District | City | Person | School | Library

        enum FacilityKind {
          SCHOOL
          LIBRARY
          HOSPITAL @deprecated(reason: "Hospitals moved to the health graph.")
        }

        enum SortDirection {
          ASC
          DESC
        }

        enum DistrictField {
          NAME
          POPULATION
          AREA
        }

        input DistrictOrder {
          field: DistrictField!
          direction: SortDirection = ASC
        }

        "Conditions on districts; all given conditions must hold."
        input DistrictFilter {
          name: StringFilter
          population: IntRange
          and: [DistrictFilter!]
          or: [DistrictFilter!]
          not: DistrictFilter
          oldName: String @deprecated(reason: "Use `name`.")
        }

        input StringFilter {
          eq: String
          contains: String
          in: [String!]
        }

        input IntRange {
          min: Int
          max: Int
        }

        input GeoPointInput {
          latitude: Float!
          longitude: Float!
          radius: Float = 1.5
        }

        "Exactly one way to find a place."
        input PlaceLookup @oneOf {
          id: ID
          name: String
          point: GeoPointInput
        }

        input RenameDistrictInput {
          id: ID!
          name: String!
          reason: String = "correction"
          tags: [String!]
        }

        type Query {
          node(id: ID!): Node
          nodes(ids: [ID!]!): [Node]!
          district(id: ID!): District
          districts(first: Int = 10, filter: DistrictFilter, order: [DistrictOrder!]): [District!]!
          city(lookup: PlaceLookup!): City
          cities(lookup: PlaceLookup): [City!]!
          search(text: String!, limit: Int = 5, kinds: [FacilityKind!]): [SearchResult!]!
          facilities(kind: FacilityKind = SCHOOL): [Facility!]!
          now: DateTime!
          echo(value: JSON, matrix: [[Int]], required: [Int!]! = []): String
          legacy(mode: Int @deprecated(reason: "Ignored."), strict: Boolean!): String @deprecated(reason: "Use `district`.")
          version: String!
        }

        type Mutation {
          renameDistrict(input: RenameDistrictInput!): District
          addTags(id: ID!, tags: [String!]!): Boolean!
        }

        type Subscription {
          districtChanged(id: ID): District
          ping: Boolean
        }
        """;

    private static readonly Lazy<Schema> Built = new(Build);

    /// <summary>The schema, built once.</summary>
    public static Schema Schema => Built.Value;

    /// <summary>A fresh executor whose root value holds the in-memory data.</summary>
    public static RequestExecutor CreateExecutor(ExecutorOptions? options = null) =>
        new(Schema, new ExecutorOptions
        {
            Parser = options?.Parser ?? ExecutorOptions.Default.Parser,
            Validation = options?.Validation ?? ExecutorOptions.Default.Validation,
            Cost = options?.Cost ?? ExecutorOptions.Default.Cost,
            ExecutionTimeout = options?.ExecutionTimeout ?? ExecutorOptions.Default.ExecutionTimeout,
            RootValue = ConformanceData.Root,
        });

    private static Schema Build()
    {
        var builder = SchemaBuilder.FromSdl(Sdl);
        Resolve(builder, "Query", "district", c => ConformanceData.DistrictById(c.Arguments.GetValueOrDefault("id") as string));
        Resolve(builder, "Query", "node", c => ConformanceData.NodeById(c.Arguments.GetValueOrDefault("id") as string));
        Resolve(builder, "Query", "nodes", c => ((IEnumerable<object?>)c.Arguments["ids"]!).Select(id => ConformanceData.NodeById(id as string)).ToList());
        Resolve(builder, "Query", "echo", c => c.Arguments.GetValueOrDefault("value")?.ToString());
        Resolve(builder, "Mutation", "renameDistrict", _ => ConformanceData.Districts[0]);
        return builder.Build();
    }

    private static void Resolve(SchemaBuilder builder, string type, string field, Func<ResolverContext, object?> resolve) =>
        builder.ExtendObjectType(type, t => t.ConfigureField(field, f => f.Resolve(resolve)));
}

using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>A to-one relation read in its owner's statement, and what is read of its target.</summary>
internal sealed record JoinedRelation(RelationDefinition Relation, Projection Target);

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>The types that declare they implement an interface (spec 3.7).</summary>
/// <param name="Objects">Implementing object types, in definition order.</param>
/// <param name="Interfaces">Implementing interface types, in definition order.</param>
public sealed record Implementations(IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces)
{
    /// <summary>No implementations.</summary>
    public static Implementations None { get; } = new([], []);
}

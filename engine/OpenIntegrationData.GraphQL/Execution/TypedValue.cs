namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// A resolved value together with the name of its object type, for fields of interface or
/// union type (spec 6.4.3 ResolveAbstractType). The executor resolves the abstract type to
/// <see cref="TypeName"/> and passes <see cref="Value"/> on to the child resolvers.
/// </summary>
/// <param name="TypeName">The name of an object type that belongs to the field's abstract type.</param>
/// <param name="Value">The object the child resolvers see as their parent.</param>
public sealed record TypedValue(string TypeName, object? Value);

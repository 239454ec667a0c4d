namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A list of items of another type, <c>[T]</c> (spec 3.12.1).</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }


    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.List, OfType);

    /// <inheritdoc />
    public override string ToString() => $"[{OfType}]";
}

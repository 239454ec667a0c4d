namespace OpenIntegrationData.GraphQL.Types;

/// <summary>A type whose values are never null, <c>T!</c> (spec 3.12.2).</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    /// <exception cref="ArgumentException">When <paramref name="ofType"/> is already non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <summary>The wrapped nullable type.</summary>
    public GraphQLType OfType { get; }


    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TypeKind.NonNull, OfType);

    /// <inheritdoc />
    public override string ToString() => $"{OfType}!";
}

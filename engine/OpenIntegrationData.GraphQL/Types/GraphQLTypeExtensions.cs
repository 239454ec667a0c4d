namespace OpenIntegrationData.GraphQL.Types;

/// <summary>Helpers that read through list and non-null wrappers.</summary>
public static class GraphQLTypeExtensions
{
    /// <summary>The named type under all list and non-null wrappers (graphql-js <c>getNamedType</c>).</summary>
    public static NamedType NamedType(this GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        while (true)
        {
            switch (type)
            {
                case NamedType named:
                    return named;
                case ListType list:
                    type = list.OfType;
                    break;
                case NonNullType nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(type));
            }
        }
    }
}

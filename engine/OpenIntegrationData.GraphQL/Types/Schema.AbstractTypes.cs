namespace OpenIntegrationData.GraphQL.Types;

/// <summary>Relations between abstract types and the types that implement them (spec 3.7, 3.8).</summary>
public sealed partial class Schema
{
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly Dictionary<InterfaceType, Implementations> _implementations;

    /// <summary>
    /// The object types a value of <paramref name="abstractType"/> can have: the members of a
    /// union, the objects implementing an interface (directly or through another interface), or
    /// the object itself.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.GetValueOrDefault(abstractType) ?? [],
    };

    /// <summary>Whether <paramref name="objectType"/> is one of the possible types of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        GetPossibleTypes(abstractType).Contains(objectType);

    /// <summary>The object and interface types that implement <paramref name="interfaceType"/>.</summary>
    public Implementations GetImplementations(InterfaceType interfaceType) =>
        _implementations.GetValueOrDefault(interfaceType) ?? Implementations.None;

    /// <summary>
    /// Whether <paramref name="maybeSubType"/> is a member of the union or an implementation
    /// (object or interface) of the interface <paramref name="abstractType"/> (graphql-js <c>isSubType</c>).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) => abstractType switch
    {
        UnionType union => maybeSubType is ObjectType member && union.Types.Contains(member),
        InterfaceType interfaceType => maybeSubType switch
        {
            ObjectType objectType => GetImplementations(interfaceType).Objects.Contains(objectType),
            InterfaceType other => GetImplementations(interfaceType).Interfaces.Contains(other),
            _ => false,
        },
        _ => false,
    };

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid value of
    /// <paramref name="superType"/> (spec 3.6.1 <c>IsValidImplementationFieldType</c>, graphql-js <c>isTypeSubTypeOf</c>):
    /// non-null may narrow a nullable type, lists are covariant, and an object or interface
    /// may stand for an abstract type it belongs to.
    /// </summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        if (maybeSubType.Equals(superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType
            && maybeSubType is ObjectType or InterfaceType
            && IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>
    /// Whether two composite types have a possible object type in common (graphql-js
    /// <c>doTypesOverlap</c>), used to decide whether a fragment can ever apply.
    /// </summary>
    public bool DoTypesOverlap(NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA.IsAbstractType)
        {
            return typeB.IsAbstractType
                ? GetPossibleTypes(typeA).Any(t => IsPossibleType(typeB, t))
                : typeB is ObjectType objectB && IsPossibleType(typeA, objectB);
        }

        return typeB.IsAbstractType && typeA is ObjectType objectA && IsPossibleType(typeB, objectA);
    }

    private static (Dictionary<NamedType, IReadOnlyList<ObjectType>>, Dictionary<InterfaceType, Implementations>) IndexAbstractTypes(
        IReadOnlyList<NamedType> types)
    {
        var objects = new Dictionary<InterfaceType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in types)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (var implemented in complex.Interfaces)
            {
                if (complex is ObjectType objectType)
                {
                    Add(objects, implemented, objectType);
                }
                else
                {
                    Add(interfaces, implemented, (InterfaceType)complex);
                }
            }
        }

        var possibleTypes = new Dictionary<NamedType, IReadOnlyList<ObjectType>>();
        var implementations = new Dictionary<InterfaceType, Implementations>();
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    possibleTypes[union] = union.Types;
                    break;
                case InterfaceType interfaceType:
                    var entry = new Implementations(
                        objects.GetValueOrDefault(interfaceType)?.ToArray() ?? [],
                        interfaces.GetValueOrDefault(interfaceType)?.ToArray() ?? []);
                    implementations[interfaceType] = entry;
                    possibleTypes[interfaceType] = entry.Objects;
                    break;
            }
        }

        return (possibleTypes, implementations);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> index, TKey key, TValue value)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}

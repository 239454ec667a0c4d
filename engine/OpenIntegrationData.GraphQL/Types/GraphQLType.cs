namespace OpenIntegrationData.GraphQL.Types;

/// <summary>
/// Any type a field, argument or variable can have: a named type or a list/non-null wrapper
/// around one (spec 3.4 "Types", 3.12 "Type References"). Named types compare by reference,
/// wrappers structurally, so <c>[Int!]</c> equals another <c>[Int!]</c>.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The kind of this type.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>Whether this is a non-null wrapper.</summary>
    public bool IsNonNull => this is NonNullType;

    /// <summary>Whether this is a list, ignoring an outer non-null wrapper.</summary>
    public bool IsList => NullableType is ListType;

    /// <summary>This type without an outer non-null wrapper.</summary>
    public GraphQLType NullableType => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether values of this type may be given as input: scalars, enums, input objects (spec 3.4.2).</summary>
    public bool IsInputType => this.NamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Whether values of this type may be returned by fields: everything but input objects (spec 3.4.2).</summary>
    public bool IsOutputType => this.NamedType().Kind is not TypeKind.InputObject;

    /// <summary>Whether this type itself (not wrapped) is a scalar or enum.</summary>
    public bool IsLeafType => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Whether this type itself is an object, interface or union.</summary>
    public bool IsCompositeType => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>Whether this type itself is an interface or union.</summary>
    public bool IsAbstractType => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>Wraps this type in a list: <c>T</c> → <c>[T]</c>.</summary>
    public ListType ToList() => new(this);

    /// <summary>Wraps this type in non-null: <c>T</c> → <c>T!</c>; a non-null type is returned unchanged.</summary>
    public NonNullType ToNonNull() => this as NonNullType ?? new NonNullType(this);

    /// <summary>The type in SDL notation, e.g. <c>[District!]!</c>.</summary>
    public abstract override string ToString();
}

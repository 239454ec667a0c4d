using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Ways to tell the executor the object type of a value of an interface or union type
/// (spec 6.4.3 ResolveAbstractType). The executor tries, in order: a <see cref="TypedValue"/>
/// returned by the resolver; the abstract type's <c>ResolveType</c> function; a
/// <c>__typename</c> entry when the value is a string-keyed dictionary; the <c>IsTypeOf</c>
/// check of each possible object type; and finally a CLR type whose name equals the name of a
/// possible object type.
/// </summary>
public static class TypeResolutionExtensions
{
    /// <summary>The feature key of an abstract type's <c>Func&lt;object, string?&gt;</c> returning an object type name.</summary>
    public const string ResolveTypeFeatureKey = "OpenIntegrationData.GraphQL.Execution.ResolveType";

    /// <summary>The feature key of an object type's <c>Func&lt;object, bool&gt;</c> that recognises its values.</summary>
    public const string IsTypeOfFeatureKey = "OpenIntegrationData.GraphQL.Execution.IsTypeOf";

    /// <summary>Names the object type of a value of this interface.</summary>
    public static InterfaceTypeBuilder ResolveType(this InterfaceTypeBuilder type, Func<object, string?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(resolveType);
        return type.Feature(ResolveTypeFeatureKey, resolveType);
    }

    /// <summary>Names the object type of a value of this union.</summary>
    public static UnionTypeBuilder ResolveType(this UnionTypeBuilder type, Func<object, string?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(resolveType);
        return type.Feature(ResolveTypeFeatureKey, resolveType);
    }

    /// <summary>Recognises values of this object type when it stands for an interface or union.</summary>
    public static ObjectTypeBuilder IsTypeOf(this ObjectTypeBuilder type, Func<object, bool> isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(isTypeOf);
        return type.Feature(IsTypeOfFeatureKey, isTypeOf);
    }
}

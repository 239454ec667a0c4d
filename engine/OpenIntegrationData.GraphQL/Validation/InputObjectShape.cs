using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// The input object a single value should have been wrapped in, for the error that says so: its first field that
/// takes the value (<c>2012</c> for <c>IntOperationFilterInput</c> → <c>{ eq: 2012 }</c>). When the object's fields
/// are all one input object type — alternatives such as the languages of a text (<c>de</c>, <c>en</c>) — the first is
/// followed (<c>{ de: { eq: "Köln" } }</c>). No shape for an object with required fields or with fields of mixed
/// kinds, where any one choice would be a guess.
/// </summary>
internal static class InputObjectShape
{
    private const int MaxDepth = 3;

    /// <summary>The shape, printed as GraphQL (<c>{ eq: 2012 }</c>), or null.</summary>
    public static string? For(InputObjectType type, ValueNode value) => For(type, value, 1);

    private static string? For(InputObjectType type, ValueNode value, int depth)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (value is VariableNode or ObjectValueNode || type.IsOneOf
            || type.Fields.Any(static f => f.Type.IsNonNull && !f.HasDefaultValue))
        {
            return null;
        }

        // Lists (and, or, in) are combinations of the object itself, not where a single value goes.
        var single = type.Fields.Where(static f => !f.Type.IsList).ToList();
        foreach (var field in single)
        {
            if (field.Type.NamedType() is LeafType leaf && leaf.ParseLiteral(value).Succeeded)
            {
                return $"{{ {field.Name}: {LiteralPrinter.Print(value, spaced: true)} }}";
            }
        }

        if (depth < MaxDepth && single.Count > 0 && single[0].Type.NamedType() is InputObjectType alternative
            && single.All(f => ReferenceEquals(f.Type.NamedType(), alternative)))
        {
            return For(alternative, value, depth + 1) is { } inner ? $"{{ {single[0].Name}: {inner} }}" : null;
        }

        return null;
    }
}

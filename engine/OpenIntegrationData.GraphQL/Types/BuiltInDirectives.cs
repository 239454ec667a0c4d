using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>The directives the spec defines (spec 3.13.1–3.13.5). Every schema has them.</summary>
public static class BuiltInDirectives
{
    /// <summary><c>skip</c></summary>
    public const string SkipName = "skip";

    /// <summary><c>include</c></summary>
    public const string IncludeName = "include";

    /// <summary><c>deprecated</c></summary>
    public const string DeprecatedName = "deprecated";

    /// <summary><c>specifiedBy</c></summary>
    public const string SpecifiedByName = "specifiedBy";

    /// <summary><c>oneOf</c></summary>
    public const string OneOfName = "oneOf";

    /// <summary><c>@skip(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Skip { get; } = new(
        SkipName,
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments(Argument(SkipName, "if", "Skipped when true.", BuiltInScalars.Boolean.ToNonNull())),
        isRepeatable: false,
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isSpecified: true);

    /// <summary><c>@include(if: Boolean!)</c> on fields and fragments.</summary>
    public static DirectiveDefinition Include { get; } = new(
        IncludeName,
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments(Argument(IncludeName, "if", "Included when true.", BuiltInScalars.Boolean.ToNonNull())),
        isRepeatable: false,
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isSpecified: true);

    /// <summary>
    /// <c>@deprecated(reason: String = "No longer supported")</c>: the reason stays nullable as in
    /// graphql-js 16 and HotChocolate (the September 2025 edition makes it <c>String!</c>), so
    /// introspection matches what clients and the conformance tools expect.
    /// </summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        DeprecatedName,
        "Marks an element of a GraphQL schema as no longer supported.",
        Arguments(
            Argument(
                DeprecatedName,
                "reason",
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                BuiltInScalars.String,
                Deprecation.DefaultReason)),
        isRepeatable: false,
        [
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            // Not DIRECTIVE_DEFINITION (graphql-js 16.15 adds it): clients on older graphql-js re-parse the
            // printed definition and reject that location; HotChocolate 15 does not list it either.
            DirectiveLocation.EnumValue,
        ],
        isSpecified: true);

    /// <summary><c>@specifiedBy(url: String!)</c> on scalars, with HotChocolate's descriptions (it prints this definition).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        SpecifiedByName,
        "The `@specifiedBy` directive is used within the type system definition language to provide a URL for specifying the behavior of custom scalar definitions.",
        Arguments(
            Argument(
                SpecifiedByName,
                "url",
                "The specifiedBy URL points to a human-readable specification. This field will only read a result for scalar types.",
                BuiltInScalars.String.ToNonNull())),
        isRepeatable: false,
        [DirectiveLocation.Scalar],
        isSpecified: true);

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        OneOfName,
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        NamedCollection<InputValueDefinition>.Empty,
        isRepeatable: false,
        [DirectiveLocation.InputObject],
        isSpecified: true);

    /// <summary>All five, in spec order.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Skip, Include, Deprecated, SpecifiedBy, OneOf];

    /// <summary>Builds an argument of a directive defined in code.</summary>
    internal static InputValueDefinition Argument(
        string directiveName,
        string name,
        string description,
        GraphQLType type,
        object? defaultValue = null)
    {
        var literal = defaultValue is null ? null : LiteralValues.FromExternal(defaultValue);
        var argument = new InputValueDefinition(
            $"@{directiveName}({name}:)", name, description, type, literal, [], Empty.Features);
        argument.SetCoercedDefaultValue(defaultValue);
        return argument;
    }

    internal static NamedCollection<InputValueDefinition> Arguments(params InputValueDefinition[] arguments) =>
        new(arguments, static a => a.Name);

    /// <summary>An applied <c>@deprecated</c>; the reason is omitted when it is the default.</summary>
    internal static AppliedDirective DeprecatedDirective(string? reason) =>
        reason is null or Deprecation.DefaultReason
            ? new AppliedDirective(DeprecatedName)
            : new AppliedDirective(
                DeprecatedName,
                [new ArgumentNode(new NameNode("reason"), new StringValueNode(reason, block: false))]);
}

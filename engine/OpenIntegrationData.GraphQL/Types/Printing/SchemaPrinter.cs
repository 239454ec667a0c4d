namespace OpenIntegrationData.GraphQL.Types.Printing;

/// <summary>
/// Prints a schema as SDL exactly as HotChocolate 14/15 does (docs/conventions.md#naming): the
/// <c>schema</c> block first; then interfaces, object types, unions, input objects and enums,
/// each group sorted by name; then directive definitions and custom scalars, sorted by name.
/// Built-in scalars and the spec directives are left out (<c>@specifiedBy</c> is printed when a
/// printed scalar uses it, as HotChocolate does). Definitions are separated by one blank line.
/// </summary>
public static partial class SchemaPrinter
{
    /// <summary>The schema as SDL text, without a trailing line break.</summary>
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var definitions = new List<string> { PrintSchemaDefinition(schema) };
        definitions.AddRange(OrderedNonScalarTypes(schema).Select(PrintType));
        definitions.AddRange(PrintedDirectives(schema).Select(PrintDirectiveDefinition));
        definitions.AddRange(PrintedScalars(schema).Select(PrintScalar));
        return string.Join("\n\n", definitions);
    }

    private static IEnumerable<NamedType> OrderedNonScalarTypes(Schema schema) =>
        schema.Types
            .Where(static t => t is not ScalarType && !t.IsIntrospectionType)
            .OrderBy(static t => KindOrder(t.Kind))
            .ThenBy(static t => t.Name, StringComparer.Ordinal);

    // HotChocolate groups types by its TypeKind order: Interface, Object, Union, InputObject, Enum.
    private static int KindOrder(TypeKind kind) => kind switch
    {
        TypeKind.Interface => 0,
        TypeKind.Object => 1,
        TypeKind.Union => 2,
        TypeKind.InputObject => 3,
        _ => 4,
    };

    private static IEnumerable<ScalarType> PrintedScalars(Schema schema) =>
        schema.Types
            .OfType<ScalarType>()
            .Where(static s => !s.IsSpecifiedType)
            .OrderBy(static s => s.Name, StringComparer.Ordinal);

    private static IEnumerable<DirectiveDefinition> PrintedDirectives(Schema schema)
    {
        var usesSpecifiedBy = PrintedScalars(schema).Any(static s => s.SpecifiedByUrl is not null);
        return schema.DirectiveDefinitions
            .Where(d => !d.IsSpecified || (d.Name == BuiltInDirectives.SpecifiedByName && usesSpecifiedBy))
            .OrderBy(static d => d.Name, StringComparer.Ordinal);
    }

    private static string PrintSchemaDefinition(Schema schema)
    {
        var writer = new SdlWriter();
        WriteDescriptionLine(writer, schema.Description);
        writer.Write("schema");
        writer.WriteDirectives(schema.Directives);
        writer.Write(" {").WriteLine();
        writer.Indent();
        WriteRoot(writer, "query", schema.QueryType);
        WriteRoot(writer, "mutation", schema.MutationType);
        WriteRoot(writer, "subscription", schema.SubscriptionType);
        writer.Unindent();
        writer.Write("}");
        return writer.ToString();
    }

    private static void WriteRoot(SdlWriter writer, string operation, ObjectType? type)
    {
        if (type is not null)
        {
            writer.WriteIndent().Write(operation).Write(": ").Write(type.Name).WriteLine();
        }
    }

    /// <summary>A description on its own line before a definition or member, indented like it.</summary>
    private static void WriteDescriptionLine(SdlWriter writer, string? description)
    {
        if (string.IsNullOrEmpty(description))
        {
            return;
        }

        writer.WriteDescription(description);
        writer.WriteLine().WriteIndent();
    }
}

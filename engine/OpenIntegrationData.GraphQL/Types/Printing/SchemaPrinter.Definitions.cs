using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Printing;

/// <summary>The definition of each kind of named type, of directives and of their members.</summary>
public static partial class SchemaPrinter
{
    private static string PrintType(NamedType type)
    {
        var writer = new SdlWriter();
        WriteDescriptionLine(writer, type.Description);
        switch (type)
        {
            case ComplexType complex:
                WriteComplexType(writer, complex);
                break;
            case UnionType union:
                writer.Write("union ").Write(union.Name);
                writer.WriteDirectives(union.Directives);
                writer.Write(" = ").Write(string.Join(" | ", union.Types.Select(static t => t.Name)));
                break;
            case EnumType enumType:
                WriteEnum(writer, enumType);
                break;
            case InputObjectType inputObject:
                writer.Write("input ").Write(inputObject.Name);
                writer.WriteDirectives(inputObject.Directives);
                WriteBlock(writer, inputObject.Fields, WriteInputValue);
                break;
        }

        return writer.ToString();
    }

    private static void WriteComplexType(SdlWriter writer, ComplexType type)
    {
        writer.Write(type is InterfaceType ? "interface " : "type ").Write(type.Name);
        if (type.Interfaces.Count > 0)
        {
            writer.Write(" implements ").Write(string.Join(" & ", type.Interfaces.Select(static i => i.Name)));
        }

        writer.WriteDirectives(type.Directives);
        WriteBlock(writer, type.Fields, WriteField);
    }

    private static void WriteEnum(SdlWriter writer, EnumType type)
    {
        writer.Write("enum ").Write(type.Name);
        writer.WriteDirectives(type.Directives);
        WriteBlock(writer, type.Values, static (w, value) =>
        {
            WriteDescriptionLine(w, value.Description);
            w.Write(value.Name);
            w.WriteDirectives(value.Directives);
        });
    }

    /// <summary><c> {</c>, one member per indented line, <c>}</c>.</summary>
    private static void WriteBlock<T>(SdlWriter writer, IReadOnlyList<T> members, Action<SdlWriter, T> writeMember)
    {
        writer.Write(" {").WriteLine();
        writer.Indent();
        foreach (var member in members)
        {
            writer.WriteIndent();
            writeMember(writer, member);
            writer.WriteLine();
        }

        writer.Unindent();
        writer.Write("}");
    }

    private static void WriteField(SdlWriter writer, FieldDefinition field)
    {
        WriteDescriptionLine(writer, field.Description);
        writer.Write(field.Name);
        WriteArguments(writer, field.Arguments);
        writer.Write(": ").Write(field.Type.ToString());
        writer.WriteDirectives(field.Directives);
    }

    /// <summary>Arguments on one line, separated by a space, each preceded by its description.</summary>
    private static void WriteArguments(SdlWriter writer, IReadOnlyList<InputValueDefinition> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        writer.Write("(");
        for (var i = 0; i < arguments.Count; i++)
        {
            writer.Write(i == 0 ? string.Empty : " ");
            if (!string.IsNullOrEmpty(arguments[i].Description))
            {
                writer.WriteDescription(arguments[i].Description!);
                writer.Write(" ");
            }

            WriteInputValueBody(writer, arguments[i]);
        }

        writer.Write(")");
    }

    private static void WriteInputValue(SdlWriter writer, InputValueDefinition value)
    {
        WriteDescriptionLine(writer, value.Description);
        WriteInputValueBody(writer, value);
    }

    /// <summary><c>name: Type = default @directives</c>; HotChocolate leaves out a <c>null</c> default.</summary>
    private static void WriteInputValueBody(SdlWriter writer, InputValueDefinition value)
    {
        writer.Write(value.Name).Write(": ").Write(value.Type.ToString());
        if (value.DefaultValue is { } defaultValue and not NullValueNode)
        {
            writer.Write(" = ").Write(LiteralPrinter.Print(defaultValue, spaced: true));
        }

        writer.WriteDirectives(value.Directives);
    }

    private static string PrintDirectiveDefinition(DirectiveDefinition directive)
    {
        var writer = new SdlWriter();
        WriteDescriptionLine(writer, directive.Description);
        writer.Write("directive @").Write(directive.Name);
        WriteArguments(writer, directive.Arguments);
        writer.Write(directive.IsRepeatable ? " repeatable on " : " on ");
        writer.Write(string.Join(" | ", directive.Locations.Select(static l => l.ToName())));
        return writer.ToString();
    }

    private static string PrintScalar(ScalarType scalar)
    {
        var writer = new SdlWriter();
        WriteDescriptionLine(writer, scalar.Description);
        writer.Write("scalar ").Write(scalar.Name);
        writer.WriteDirectives(scalar.Directives);
        if (scalar.SpecifiedByUrl is { } url)
        {
            writer.WriteDirectives([
                new AppliedDirective(
                    BuiltInDirectives.SpecifiedByName,
                    [new ArgumentNode(new NameNode("url"), new StringValueNode(url, block: false))]),
            ]);
        }

        return writer.ToString();
    }
}

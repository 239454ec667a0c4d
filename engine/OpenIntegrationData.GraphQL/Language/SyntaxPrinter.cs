using System.Text;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Prints syntax trees back to GraphQL text in the layout of graphql-js <c>print</c> (16.x): two
/// spaces per level, one selection per line, arguments wrapped when a field line would pass 80
/// characters, block strings kept as block strings. Used for round-trip tests, persisted
/// documents and default values in SDL; <c>Print(Parse(Print(x)))</c> equals <c>Print(x)</c>.
/// </summary>
public static partial class SyntaxPrinter
{
    private const int MaxLineLength = 80;
    private const int MaxRetainedBuilder = 4096;

    /// <summary>A builder kept per thread for printing values and types without allocating one each time.</summary>
    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>Prints any node: a document, a definition, a value, a type reference, …</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => PrintVariableDefinition(variable),
            SelectionSetNode selectionSet => Block(selectionSet.Selections.Select(Print)),
            FieldNode field => PrintField(field),
            ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + Print(spread.Name) + Wrap(" ", Directives(spread.Directives)),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", PrintOptional(inline.TypeCondition)), Directives(inline.Directives), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment => PrintFragmentDefinition(fragment),
            DirectiveNode directive => "@" + Print(directive.Name) + Wrap("(", Join(directive.Arguments.Select(Print), ", "), ")"),
            ValueNode value => PrintValue(value),
            TypeNode type => PrintType(type),
            ObjectFieldNode field => Print(field.Name) + ": " + Print(field.Value),
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>Operations use the <c>{ … }</c> shorthand when they are anonymous queries without variables or directives.</summary>
    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var keyword = OperationKeyword(operation.Operation);
        var variables = operation.VariableDefinitions.Select(Print).ToList();
        var variableList = variables.Any(HasLineBreak)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var prefix = Description(operation.Description)
            + Join([keyword, PrintOptional(operation.Name) + variableList, Directives(operation.Directives)], " ");
        var isShorthand = operation.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return (isShorthand ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description)
        + Print(variable.Variable)
        + ": "
        + Print(variable.Type)
        + Wrap(" = ", PrintOptional(variable.DefaultValue))
        + Wrap(" ", Directives(variable.Directives));

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, PrintOptional(field.Alias), ": ") + Print(field.Name);
        return WrappedArguments(prefix, field.Arguments.Select(Print).ToList())
            + Wrap(" ", Directives(field.Directives))
            + Wrap(" ", PrintOptional(field.SelectionSet));
    }

    private static string PrintFragmentDefinition(FragmentDefinitionNode fragment) =>
        Description(fragment.Description)
        + "fragment "
        + Print(fragment.Name)
        + " on "
        + Print(fragment.TypeCondition)
        + " "
        + Wrap(string.Empty, Directives(fragment.Directives), " ")
        + Print(fragment.SelectionSet);

    /// <summary>Values and types are printed into one builder: validation prints argument values on its hot path.</summary>
    private static string PrintValue(ValueNode value)
    {
        var builder = RentBuilder();
        WriteValue(builder, value);
        return ReturnBuilder(builder);
    }

    private static string PrintType(TypeNode type)
    {
        var builder = RentBuilder();
        WriteType(builder, type);
        return ReturnBuilder(builder);
    }

    private static void WriteValue(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode integer:
                builder.Append(integer.Value);
                break;
            case FloatValueNode number:
                builder.Append(number.Value);
                break;
            case StringValueNode { Block: true } text:
                builder.Append(PrintBlockString(text.Value));
                break;
            case StringValueNode text:
                WriteString(builder, text.Value);
                break;
            case BooleanValueNode boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode enumValue:
                builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                WriteList(builder, list);
                break;
            case ObjectValueNode obj:
                WriteObject(builder, obj);
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.Kind}.", nameof(value));
        }
    }

    private static void WriteList(StringBuilder builder, ListValueNode list)
    {
        builder.Append('[');
        for (var i = 0; i < list.Values.Count; i++)
        {
            builder.Append(i == 0 ? "" : ", ");
            WriteValue(builder, list.Values[i]);
        }

        builder.Append(']');
    }

    private static void WriteObject(StringBuilder builder, ObjectValueNode obj)
    {
        builder.Append('{');
        for (var i = 0; i < obj.Fields.Count; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append(obj.Fields[i].Name.Value).Append(": ");
            WriteValue(builder, obj.Fields[i].Value);
        }

        builder.Append('}');
    }

    private static void WriteType(StringBuilder builder, TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                builder.Append(named.Name.Value);
                break;
            case ListTypeNode list:
                builder.Append('[');
                WriteType(builder, list.Type);
                builder.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(builder, nonNull.Type);
                builder.Append('!');
                break;
            default:
                throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type));
        }
    }

    private static StringBuilder RentBuilder()
    {
        var builder = t_builder ?? new StringBuilder(64);
        t_builder = null;
        return builder;
    }

    private static string ReturnBuilder(StringBuilder builder)
    {
        var text = builder.ToString();
        builder.Clear();
        t_builder = builder.Capacity <= MaxRetainedBuilder ? builder : null;
        return text;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>Field arguments go one per line when <c>prefix(args)</c> would be longer than 80 characters.</summary>
    private static string WrappedArguments(string prefix, List<string> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var oneLine = Join(arguments, ", ");
        return prefix.Length + oneLine.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : prefix + Wrap("(", oneLine, ")");
    }

    /// <summary>Argument definitions go one per line when any of them spans several lines (a block description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(HasLineBreak)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Directives(IReadOnlyList<DirectiveNode> directives) =>
        Join(directives.Select(Print), " ");

    private static string Description(StringValueNode? description) =>
        Wrap(string.Empty, PrintOptional(description), "\n");

    private static string PrintOptional(SyntaxNode? node) => node is null ? string.Empty : Print(node);

    /// <summary>The non-empty items joined by <paramref name="separator"/> (graphql-js <c>join</c>).</summary>
    private static string Join(IEnumerable<string> items, string separator = "") =>
        string.Join(separator, items.Where(static item => item.Length > 0));

    /// <summary><paramref name="start"/> + text + <paramref name="end"/>, or nothing when the text is empty (graphql-js <c>wrap</c>).</summary>
    private static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? string.Empty : start + text + end;

    /// <summary>Items one per line, indented, in braces; nothing when there are no items (graphql-js <c>block</c>).</summary>
    private static string Block(IEnumerable<string> items) =>
        Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Indent(string text) =>
        text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasLineBreak(string text) => text.Contains('\n', StringComparison.Ordinal);
}

using System.Text;
using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Printing;

/// <summary>Writes SDL text with HotChocolate's layout primitives: two-space indents, descriptions, directives.</summary>
internal sealed class SdlWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SdlWriter Write(string text)
    {
        _text.Append(text);
        return this;
    }

    public SdlWriter WriteLine()
    {
        _text.Append('\n');
        return this;
    }

    public SdlWriter WriteIndent()
    {
        _text.Append(' ', _indent * 2);
        return this;
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    /// <summary>
    /// A description as HotChocolate prints it: trimmed, a single-line string unless the text has
    /// a line break, then a block string whose lines are indented at the current level.
    /// </summary>
    public void WriteDescription(string description)
    {
        var text = description.Trim();
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            Write(LiteralPrinter.Quote(text));
            return;
        }

        Write("\"\"\"");
        var lines = text.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n');
        foreach (var line in lines)
        {
            WriteLine().WriteIndent().Write(line);
        }

        WriteLine().WriteIndent().Write("\"\"\"");
    }

    /// <summary>Applied directives, each preceded by a space: <c> @listSize(...) @cost(weight: "10")</c>.</summary>
    public void WriteDirectives(IEnumerable<AppliedDirective> directives)
    {
        foreach (var directive in directives)
        {
            Write(" @").Write(directive.Name);
            if (directive.Arguments.Count == 0)
            {
                continue;
            }

            Write("(");
            for (var i = 0; i < directive.Arguments.Count; i++)
            {
                Write(i == 0 ? string.Empty : ", ");
                WriteArgument(directive.Arguments[i]);
            }

            Write(")");
        }
    }

    public override string ToString() => _text.ToString();

    private void WriteArgument(ArgumentNode argument) =>
        Write(argument.Name.Value).Write(": ").Write(LiteralPrinter.Print(argument.Value, spaced: true));
}

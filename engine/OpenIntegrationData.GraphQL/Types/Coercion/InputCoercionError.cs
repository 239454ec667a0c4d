using System.Globalization;
using System.Text;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>
/// Why an input value could not be coerced, and where inside the value: the path of input
/// field names and list indexes from the top of the value, e.g. <c>["where", "name"]</c>.
/// </summary>
public sealed class InputCoercionError
{
    internal InputCoercionError(string message, InputPath? path, object? invalidValue, SyntaxNode? node)
    {
        Message = message;
        Path = InputPath.ToList(path);
        InvalidValue = invalidValue;
        Node = node;
    }

    /// <summary>The reason, e.g. <c>Int cannot represent non-integer value: "abc"</c>.</summary>
    public string Message { get; }

    /// <summary>Input field names (string) and list indexes (int) from the top of the value to the bad part.</summary>
    public IReadOnlyList<object> Path { get; }

    /// <summary>The offending part of the value (an external value or a literal).</summary>
    public object? InvalidValue { get; }

    /// <summary>The literal at fault, when coercing a literal.</summary>
    public SyntaxNode? Node { get; }

    /// <summary>The path in graphql-js notation appended to a root name: <c>x.where.name</c>, <c>ids[2]</c>.</summary>
    public string FormatPath(string rootName)
    {
        var builder = new StringBuilder(rootName);
        foreach (var segment in Path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The message graphql-js gives for a bad variable value (spec 6.4.1 CoerceVariableValues):
    /// <c>Variable "$x" got invalid value "abc" at "x.where.name"; Int cannot represent non-integer value: "abc"</c>.
    /// </summary>
    public string FormatVariableMessage(string variableName)
    {
        var value = InvalidValue is ValueNode literal ? LiteralPrinter.Print(literal) : ValueInspector.Inspect(InvalidValue);
        var at = Path.Count > 0 ? $" at \"{FormatPath(variableName)}\"" : string.Empty;
        return $"Variable \"${variableName}\" got invalid value {value}{at}; {Message}";
    }

    /// <inheritdoc />
    public override string ToString() => Path.Count > 0 ? $"{FormatPath(string.Empty).TrimStart('.')}: {Message}" : Message;
}

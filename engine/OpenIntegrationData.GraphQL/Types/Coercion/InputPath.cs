namespace OpenIntegrationData.GraphQL.Types.Coercion;

/// <summary>
/// The position inside an input value while it is coerced, as a chain from the innermost
/// segment outwards. Extending it costs one small object, and the list form is only built when
/// an error is reported, which keeps coercion of valid values cheap.
/// </summary>
internal sealed class InputPath
{
    private InputPath(InputPath? parent, object segment)
    {
        Parent = parent;
        Segment = segment;
    }

    public InputPath? Parent { get; }

    /// <summary>An input field name (string) or list index (int).</summary>
    public object Segment { get; }

    public static InputPath Append(InputPath? path, object segment) => new(path, segment);

    /// <summary>The segments from the top of the value down; empty for the top itself.</summary>
    public static IReadOnlyList<object> ToList(InputPath? path)
    {
        var segments = new List<object>();
        for (var current = path; current is not null; current = current.Parent)
        {
            segments.Add(current.Segment);
        }

        segments.Reverse();
        return segments;
    }
}

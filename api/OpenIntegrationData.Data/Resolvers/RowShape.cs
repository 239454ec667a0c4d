namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// The field names an <see cref="EntityRow"/> holds values for, in reading order, with their positions: made once per
/// projection and shared by every row it reads, so a row is its key and one array of values.
/// </summary>
internal sealed class RowShape
{
    private readonly Dictionary<string, int> _positions;

    public RowShape(IReadOnlyList<string> names)
    {
        Names = names;
        _positions = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _positions.Add(names[i], i);
        }
    }

    /// <summary>The field names, in the order of the values.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Where the value of <paramref name="name"/> is, or -1.</summary>
    public int PositionOf(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}

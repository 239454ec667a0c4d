using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types;

/// <summary>One problem found while building a schema.</summary>
/// <param name="Coordinate">The schema coordinate of the element at fault, e.g. <c>Query.districts(first:)</c>; null for schema-wide problems.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">Where the element stands in SDL, when it came from SDL.</param>
public sealed record SchemaError(string? Coordinate, string Message, Location? Location = null)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Location is { } location ? $" ({location.Line}:{location.Column})" : string.Empty;
        return Coordinate is null ? Message + where : $"{Coordinate}{where}: {Message}";
    }
}

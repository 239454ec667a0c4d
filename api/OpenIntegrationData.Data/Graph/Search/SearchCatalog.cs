using OpenIntegrationData.Data.Graph.Catalog;

namespace OpenIntegrationData.Data.Graph.Search;

/// <summary>
/// What <c>search</c> looks through, by declaration: for each entity, the text fields of the catalog whose words a
/// reader types (names and titles in German and English, keys and codes). The SQL is generated from the catalog's
/// columns, so a new kind of entity is searched by adding one line here.
/// </summary>
public static class SearchCatalog
{
    /// <summary>The searched fields per entity type, most telling first (a hit reports the best field only).</summary>
    public static IReadOnlyList<SearchSource> Sources { get; } =
    [
        new("SdgIndicator", ["shortTitle", "title", "code"]),
        new("Programme", ["name", "key", "description"]),
        new("Municipality", ["name", "officialName", "key"]),
        // Areas before the districts and quarters they also are, which the graph keeps only for older clients.
        new("Area", ["name", "code"]),
        new("District", ["name"]),
        new("SubDistrict", ["name"]),
        new("Nationality", ["name", "commonName", "officialName", "alpha2", "alpha3"]),
        new("NationalityGroup", ["name", "key"]),
        new("SdgGoal", ["shortTitle", "title"]),
        new("SdgTarget", ["code", "title"]),
        new("Network", ["name", "key"]),
        new("Measure", ["name", "key"]),
        // Publications are where figures come from, not what readers look for: below an equally good entity.
        new("Source", ["title", "publisher", "key"]) { Weight = 0.9 },
    ];

    /// <summary>The catalog columns of a source, checked: each must be a text of its entity.</summary>
    public static IEnumerable<(EntityDefinition Entity, ColumnDefinition Column)> Columns(SearchSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entity = OpenDataCatalog.Get(source.TypeName);
        foreach (var field in source.Fields)
        {
            var column = entity.FindColumn(field)
                ?? throw new InvalidOperationException($"search: {source.TypeName} has no field {field}.");
            if (column.Kind is not (ValueKind.String or ValueKind.LocalizedText))
            {
                throw new InvalidOperationException($"search: {source.TypeName}.{field} is not a text.");
            }

            yield return (entity, column);
        }
    }
}

/// <summary>One entity type <c>search</c> looks through, and its fields.</summary>
/// <param name="TypeName">GraphQL type name of a catalog entity.</param>
/// <param name="Fields">GraphQL names of its text fields.</param>
public sealed record SearchSource(string TypeName, IReadOnlyList<string> Fields)
{
    /// <summary>Multiplies the score of this type's hits (1 unless the type is secondary).</summary>
    public double Weight { get; init; } = 1;
}

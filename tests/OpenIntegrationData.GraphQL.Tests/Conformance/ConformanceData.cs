namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// The in-memory data behind <see cref="ConformanceSchema"/>: string-keyed dictionaries read by
/// the default resolver, each carrying <c>__typename</c> so interface and union fields resolve.
/// Districts are neighbours of each other, so documents can nest as deep as they like.
/// </summary>
internal static class ConformanceData
{
    public static IReadOnlyList<Dictionary<string, object?>> Districts { get; }

    public static Dictionary<string, object?> City { get; }

    public static IReadOnlyList<Dictionary<string, object?>> Facilities { get; }

    public static IReadOnlyDictionary<string, object?> Root { get; }

    static ConformanceData()
    {
        var mayor = Entity("Person", "p1", "Ada", ("age", 52), ("nickname", null));
        mayor["friends"] = new List<object?> { mayor, null };
        var school = Entity("School", "s1", "Hill School", ("pupils", 420), ("kind", "SCHOOL"));
        var library = Entity("Library", "l1", "Town Library", ("books", 90_000), ("kind", "LIBRARY"));
        Facilities = [school, library];

        City = Entity("City", "c1", "Riverton", ("population", 250_000), ("mayor", mayor));
        City["twinCities"] = new List<object?> { City };
        Districts =
        [
            Entity("District", "d1", "Old Town", ("population", 12_000), ("area", 3.5), ("founded", "1201-05-01T00:00:00Z"), ("code", "OT"), ("metadata", null)),
            Entity("District", "d2", "Harbour", ("population", 8_500), ("area", 6.25), ("founded", null), ("code", "HB"), ("metadata", null)),
            Entity("District", "d3", "Uplands", ("population", null), ("area", null), ("founded", null), ("code", null), ("metadata", null)),
        ];
        foreach (var district in Districts)
        {
            district["neighbours"] = Districts.Where(d => d != district).Cast<object?>().ToList();
            district["facilities"] = Facilities.Cast<object?>().ToList();
            district["city"] = City;
        }

        City["districts"] = Districts.Cast<object?>().ToList();
        Root = new Dictionary<string, object?>
        {
            ["districts"] = Districts.Cast<object?>().ToList(),
            ["city"] = City,
            ["cities"] = new List<object?> { City },
            ["search"] = new List<object?> { Districts[0], City, mayor, school, library },
            ["facilities"] = Facilities.Cast<object?>().ToList(),
            ["now"] = "2026-01-01T00:00:00Z",
            ["legacy"] = "legacy",
            ["version"] = "1",
            ["addTags"] = true,
            ["districtChanged"] = Districts[0],
            ["ping"] = true,
        };
    }

    public static Dictionary<string, object?>? DistrictById(string? id) => Districts.FirstOrDefault(d => (string?)d["id"] == id);

    public static Dictionary<string, object?>? NodeById(string? id) =>
        DistrictById(id) ?? (id == "c1" ? City : Facilities.FirstOrDefault(f => (string?)f["id"] == id));

    private static Dictionary<string, object?> Entity(string type, string id, string name, params (string Key, object? Value)[] members)
    {
        var entity = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = type, ["id"] = id, ["name"] = name };
        foreach (var (key, value) in members)
        {
            entity[key] = value;
        }

        return entity;
    }
}

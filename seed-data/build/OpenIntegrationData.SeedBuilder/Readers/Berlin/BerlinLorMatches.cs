using OpenIntegrationData.SeedBuilder.Reading;

namespace OpenIntegrationData.SeedBuilder.Readers.Berlin;

/// <summary>
/// Reads berlin-lor-matches.json (open-data-product's LOR area matcher): each LOR id with the ids of the other scheme
/// whose areas overlap it. Keys run both ways (old → new and new → old); ids are strings of 4, 6 or 8 digits.
/// </summary>
public static class BerlinLorMatches
{
    public static IReadOnlyList<(string Id, IReadOnlyList<string> Overlapping)> Read(string path)
    {
        var root = LocatedJson.Read(path);
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var (id, value) in root.Object())
        {
            if (id.Length is not (4 or 6 or 8) || !id.All(char.IsAsciiDigit))
            {
                throw value.Problem($"'{id}' is not a LOR id (4, 6 or 8 digits)");
            }
            var overlapping = value.Array().Select(v => v.String()).ToList();
            if (overlapping.FirstOrDefault(o => o.Length != id.Length || !o.All(char.IsAsciiDigit)) is { } wrong)
            {
                throw value.Problem($"'{wrong}' is not an id of the same level as '{id}'");
            }
            result.Add((id, overlapping));
        }
        return result;
    }
}

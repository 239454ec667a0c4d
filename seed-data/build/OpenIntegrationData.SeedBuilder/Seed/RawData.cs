using OpenIntegrationData.SeedBuilder.Reading;
using OpenIntegrationData.SeedBuilder.Readers.SharedData;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>The shared data folder's CSVs, each read once (header checked) and kept in memory while building.</summary>
internal sealed class RawData(string folder)
{
    private readonly Dictionary<string, IReadOnlyList<SourceRecord>> _read = new(StringComparer.Ordinal);

    public string Folder { get; } = folder;

    public IReadOnlyList<SourceRecord> Read(string fileName)
    {
        if (!_read.TryGetValue(fileName, out var rows))
        {
            rows = SharedDataCsv.Read(Folder, fileName);
            _read[fileName] = rows;
        }
        return rows;
    }
}

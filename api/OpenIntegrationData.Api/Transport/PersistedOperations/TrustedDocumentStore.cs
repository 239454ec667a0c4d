using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace OpenIntegrationData.Api.Transport.PersistedOperations;

/// <summary>
/// The trusted documents: every <c>.graphql</c> file of the configured folder, read once at start.
/// A document is known by the SHA-256 hex of its text (<see cref="DocumentHash"/>) and by its file name without extension.
/// </summary>
internal sealed class TrustedDocumentStore
{
    private readonly FrozenDictionary<string, string> _documents;

    public TrustedDocumentStore(IOptions<PersistedOperationOptions> options)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, options.Value.TrustedDocumentsFolder);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.graphql"))
            {
                var text = File.ReadAllText(file);
                documents[DocumentHash.Sha256Hex(text)] = text;
                documents[Path.GetFileNameWithoutExtension(file)] = text;
            }
        }

        _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);
        Fingerprint = DocumentHash.Sha256Hex(string.Join('\n', documents.OrderBy(static d => d.Key, StringComparer.Ordinal).Select(static d => d.Key + "\n" + d.Value)));
    }

    /// <summary>A hash of every document under every name: answers by id change when it does.</summary>
    public string Fingerprint { get; }

    public bool TryGet(string id, out string document) => _documents.TryGetValue(id, out document!);
}

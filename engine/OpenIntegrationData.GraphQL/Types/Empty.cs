namespace OpenIntegrationData.GraphQL.Types;

/// <summary>Shared empty instances for read-only members.</summary>
internal static class Empty
{
    /// <summary>An empty feature bag.</summary>
    public static readonly IReadOnlyDictionary<string, object?> Features =
        new Dictionary<string, object?>(StringComparer.Ordinal).AsReadOnly();
}

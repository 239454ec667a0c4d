namespace OpenIntegrationData.Api.Transport.Caching;

/// <summary>
/// A GET as it was sent, before anything is decoded or parsed: the path, the raw query string and the two headers a
/// GraphQL answer depends on (<c>Accept</c>, <c>GraphQL-Cost</c>). Everything its entity tag hashes is read from these,
/// so two requests with equal keys get the same tag on the same data; the <see cref="ResponseCache"/> finds a kept
/// answer by it without reading the query string or hashing anything.
/// </summary>
internal readonly record struct RequestKey(string Path, string Query, string Accept, string Cost)
{
    public static RequestKey Of(HttpRequest request) =>
        new(request.Path.Value ?? "", request.QueryString.Value ?? "", request.Headers.Accept.ToString(), request.Headers[CostHeader.Name].ToString());

    /// <summary>The characters the key holds on to, for the cache's byte count.</summary>
    public long Bytes => ((long)Path.Length + Query.Length + Accept.Length + Cost.Length) * sizeof(char);
}

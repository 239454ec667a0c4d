namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// Limits and switches for <see cref="Parser"/>. The limits are on by default because the parser
/// reads untrusted text from the network: a document with millions of tokens or thousands of
/// nested brackets must be refused quickly, with bounded memory and without exhausting the stack.
/// </summary>
public sealed class ParserOptions
{
    /// <summary>The default options: 100,000 tokens, depth 200, locations recorded.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most lexical tokens a document may contain (ignored tokens such as comments and
    /// commas do not count). Parsing stops with an error at the first token past the limit.
    /// </summary>
    public int MaxTokens { get; init; } = 100_000;

    /// <summary>
    /// The deepest nesting of selection sets, list values, object values and list types,
    /// counted together. Parsing stops with an error at the first bracket past the limit.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>When true, nodes carry no <see cref="Location"/> (saves memory for cached documents).</summary>
    public bool NoLocations { get; init; }
}

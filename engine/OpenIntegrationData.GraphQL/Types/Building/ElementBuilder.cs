using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>What every element builder can do: apply directives and attach features.</summary>
/// <typeparam name="TSelf">The concrete builder, so calls chain.</typeparam>
public abstract class ElementBuilder<TSelf>
    where TSelf : ElementBuilder<TSelf>
{
    private protected ElementBuilder(string name, Location? location)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Location = location;
    }

    /// <summary>The element name.</summary>
    public string Name { get; }

    internal Location? Location { get; }

    internal List<AppliedDirective> AppliedDirectives { get; } = [];

    internal Dictionary<string, object?> FeatureBag { get; } = new(StringComparer.Ordinal);

    private TSelf Self => (TSelf)this;

    /// <summary>
    /// Applies a directive. Argument values are literals (<see cref="ValueNode"/>) or plain values
    /// (string, bool, numbers, lists, string-keyed maps) written as literals.
    /// </summary>
    /// <exception cref="ArgumentException">When a value has no literal form.</exception>
    public TSelf Directive(string name, params (string Name, object? Value)[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var nodes = arguments.Select(static a => new ArgumentNode(new NameNode(a.Name), ToLiteral(a.Name, a.Value))).ToArray();
        AppliedDirectives.Add(new AppliedDirective(name, nodes));
        return Self;
    }

    /// <summary>Applies a directive given as a whole.</summary>
    public TSelf Directive(AppliedDirective directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        AppliedDirectives.Add(directive);
        return Self;
    }

    /// <summary>Attaches extension data (e.g. a resolver) under <paramref name="key"/>; the last value wins.</summary>
    public TSelf Feature(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        FeatureBag[key] = value;
        return Self;
    }

    internal IReadOnlyDictionary<string, object?> FreezeFeatures() =>
        FeatureBag.Count == 0 ? Empty.Features : new Dictionary<string, object?>(FeatureBag, StringComparer.Ordinal).AsReadOnly();

    private static ValueNode ToLiteral(string argumentName, object? value) =>
        LiteralValues.FromExternal(value)
        ?? throw new ArgumentException($"The value of directive argument \"{argumentName}\" has no literal form.", nameof(value));
}

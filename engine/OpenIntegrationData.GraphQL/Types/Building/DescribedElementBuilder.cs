using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>An element builder that also takes a description.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class DescribedElementBuilder<TSelf> : ElementBuilder<TSelf>
    where TSelf : DescribedElementBuilder<TSelf>
{
    private protected DescribedElementBuilder(string name, Location? location)
        : base(name, location)
    {
    }

    internal string? DescriptionText { get; private set; }

    /// <summary>Sets the description (Markdown); null removes it.</summary>
    public TSelf Description(string? description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>A described element that can be deprecated: fields, arguments, input fields, enum values.</summary>
/// <typeparam name="TSelf">The concrete builder.</typeparam>
public abstract class DeprecatableElementBuilder<TSelf> : DescribedElementBuilder<TSelf>
    where TSelf : DeprecatableElementBuilder<TSelf>
{
    private protected DeprecatableElementBuilder(string name, Location? location)
        : base(name, location)
    {
    }

    /// <summary>Marks the element deprecated by applying <c>@deprecated</c>; without a reason the spec default applies.</summary>
    public TSelf Deprecated(string? reason = null) => Directive(BuiltInDirectives.DeprecatedDirective(reason));
}

using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds one enum value.</summary>
public sealed class EnumValueBuilder : DeprecatableElementBuilder<EnumValueBuilder>
{
    internal EnumValueBuilder(string name, object? runtimeValue, Location? location = null)
        : base(name, location)
    {
        RuntimeValue = runtimeValue;
    }

    internal object? RuntimeValue { get; }
}

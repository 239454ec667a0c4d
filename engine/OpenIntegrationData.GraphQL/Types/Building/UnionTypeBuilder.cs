using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Types.Building;

/// <summary>Builds a union type (spec 3.8).</summary>
public sealed class UnionTypeBuilder : DescribedElementBuilder<UnionTypeBuilder>
{
    internal UnionTypeBuilder(string name, Location? location = null)
        : base(name, location)
    {
    }

    internal List<(string Name, Location? Location)> MemberNames { get; } = [];

    /// <summary>Adds member object types.</summary>
    public UnionTypeBuilder Types(params string[] objectTypeNames)
    {
        foreach (var name in objectTypeNames)
        {
            MemberNames.Add((name, null));
        }

        return this;
    }

    internal void AddMember(string name, Location? location) => MemberNames.Add((name, location));
}

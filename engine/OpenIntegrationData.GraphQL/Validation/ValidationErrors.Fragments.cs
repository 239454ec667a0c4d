using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Utilities;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Messages of the fragment rules (spec 5.5).</summary>
public static partial class ValidationErrors
{
    /// <summary>5.5.1.1</summary>
    public static GraphQLError DuplicateFragmentName(NameNode first, NameNode duplicate) =>
        Spec(
            $"There can be only one fragment named {Quote(duplicate.Value)}.",
            ValidationErrorCodes.FragmentNameUniqueness,
            "Fragment-Name-Uniqueness",
            first,
            duplicate);

    /// <summary>5.5.1.2: the type condition names no type of the schema.</summary>
    public static GraphQLError UnknownFragmentType(NamedTypeNode type, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Spec(
            $"Unknown type {Quote(type.Name.Value)}.{DidYouMean.Format(suggestions)}",
            ValidationErrorCodes.FragmentSpreadTypeExistence,
            "Fragment-Spread-Type-Existence",
            type);
    }

    /// <summary>5.5.1.3</summary>
    public static GraphQLError FragmentOnNonCompositeType(FragmentDefinitionNode? fragment, NamedTypeNode typeCondition)
    {
        ArgumentNullException.ThrowIfNull(typeCondition);
        var subject = fragment is null ? "Fragment" : $"Fragment {Quote(fragment.Name.Value)}";
        return Spec(
            $"{subject} cannot condition on non composite type {Quote(typeCondition.Name.Value)}.",
            ValidationErrorCodes.FragmentsOnCompositeTypes,
            "Fragments-on-Composite-Types",
            typeCondition);
    }

    /// <summary>5.5.1.4</summary>
    public static GraphQLError UnusedFragment(FragmentDefinitionNode fragment)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        return Spec($"Fragment {Quote(fragment.Name.Value)} is never used.", ValidationErrorCodes.FragmentsMustBeUsed, "Fragments-Must-Be-Used", fragment);
    }

    /// <summary>5.5.2.1</summary>
    public static GraphQLError UnknownFragment(FragmentSpreadNode spread)
    {
        ArgumentNullException.ThrowIfNull(spread);
        return Spec(
            $"Unknown fragment {Quote(spread.Name.Value)}.",
            ValidationErrorCodes.FragmentSpreadTargetDefined,
            "Fragment-spread-target-defined",
            spread.Name);
    }

    /// <summary>5.5.2.2; <paramref name="cyclePath"/> are the spreads from the first to the one closing the cycle.</summary>
    public static GraphQLError FragmentCycle(string fragmentName, IReadOnlyList<FragmentSpreadNode> cyclePath)
    {
        ArgumentNullException.ThrowIfNull(cyclePath);
        var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(static s => Quote(s.Name.Value)));
        var message = $"Cannot spread fragment {Quote(fragmentName)} within itself" + (via.Length > 0 ? $" via {via}." : ".");
        return Spec(
            message,
            ValidationErrorCodes.FragmentSpreadsMustNotFormCycles,
            "Fragment-spreads-must-not-form-cycles",
            [.. cyclePath]);
    }

    /// <summary>5.5.2.3; <paramref name="spread"/> is null for an inline fragment.</summary>
    public static GraphQLError ImpossibleFragmentSpread(SyntaxNode node, FragmentSpreadNode? spread, NamedType parentType, NamedType fragmentType)
    {
        ArgumentNullException.ThrowIfNull(parentType);
        ArgumentNullException.ThrowIfNull(fragmentType);
        var subject = spread is null ? "Fragment" : $"Fragment {Quote(spread.Name.Value)}";
        return Spec(
            $"{subject} cannot be spread here as objects of type {Quote(parentType.Name)} can never be of type {Quote(fragmentType.Name)}.",
            ValidationErrorCodes.FragmentSpreadIsPossible,
            "Fragment-spread-is-possible",
            node);
    }
}

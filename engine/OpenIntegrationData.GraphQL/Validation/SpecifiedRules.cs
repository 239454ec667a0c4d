using OpenIntegrationData.GraphQL.Validation.Rules;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// Every rule of the specification's section 5 "Validation" (September 2025 edition), in spec
/// order, one file per rule in <c>Rules/</c> (graphql-js <c>specifiedRules</c>).
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Factories of the rules; each validation creates fresh instances.</summary>
    public static IReadOnlyList<Func<ValidationRule>> All { get; } =
    [
        // https://spec.graphql.org/September2025/#sec-Executable-Definitions
        static () => new ExecutableDefinitionsRule(),

        // https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
        static () => new OperationNameUniquenessRule(),

        // https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
        static () => new LoneAnonymousOperationRule(),

        // https://spec.graphql.org/September2025/#sec-Single-Root-Field
        static () => new SingleRootFieldRule(),

        // https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
        static () => new OperationTypeExistenceRule(),

        // https://spec.graphql.org/September2025/#sec-Field-Selections
        static () => new FieldSelectionsRule(),

        // https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
        static () => new FieldSelectionMergingRule(),

        // https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
        static () => new LeafFieldSelectionsRule(),

        // https://spec.graphql.org/September2025/#sec-Argument-Names
        static () => new ArgumentNamesRule(),

        // https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
        static () => new ArgumentUniquenessRule(),

        // https://spec.graphql.org/September2025/#sec-Required-Arguments
        static () => new RequiredArgumentsRule(),

        // https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
        static () => new FragmentNameUniquenessRule(),

        // https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
        static () => new FragmentSpreadTypeExistenceRule(),

        // https://spec.graphql.org/September2025/#sec-Fragments-on-Composite-Types
        static () => new FragmentsOnCompositeTypesRule(),

        // https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
        static () => new FragmentsMustBeUsedRule(),

        // https://spec.graphql.org/September2025/#sec-Fragment-spread-target-defined
        static () => new FragmentSpreadTargetDefinedRule(),

        // https://spec.graphql.org/September2025/#sec-Fragment-spreads-must-not-form-cycles
        static () => new FragmentSpreadsMustNotFormCyclesRule(),

        // https://spec.graphql.org/September2025/#sec-Fragment-spread-is-possible
        static () => new FragmentSpreadIsPossibleRule(),

        // https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
        static () => new ValuesOfCorrectTypeRule(),

        // https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names
        static () => new InputObjectFieldNamesRule(),

        // https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
        static () => new InputObjectFieldUniquenessRule(),

        // https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields
        static () => new InputObjectRequiredFieldsRule(),

        // https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
        static () => new DirectivesAreDefinedRule(),

        // https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations
        static () => new DirectivesAreInValidLocationsRule(),

        // https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location
        static () => new DirectivesAreUniquePerLocationRule(),

        // https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
        static () => new VariableUniquenessRule(),

        // https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
        static () => new VariablesAreInputTypesRule(),

        // https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
        static () => new AllVariableUsesDefinedRule(),

        // https://spec.graphql.org/September2025/#sec-All-Variables-Used
        static () => new AllVariablesUsedRule(),

        // https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed
        static () => new AllVariableUsagesAreAllowedRule(),
    ];
}

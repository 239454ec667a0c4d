namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// The stable <c>extensions.code</c> of each validation error: the title of the spec rule
/// (section 5) in UPPER_SNAKE_CASE, and descriptive names for the limits that are not spec rules.
/// </summary>
public static class ValidationErrorCodes
{
    /// <summary>5.1.1</summary>
    public const string ExecutableDefinitions = "EXECUTABLE_DEFINITIONS";

    /// <summary>5.2.1.1</summary>
    public const string OperationNameUniqueness = "OPERATION_NAME_UNIQUENESS";

    /// <summary>5.2.2.1</summary>
    public const string LoneAnonymousOperation = "LONE_ANONYMOUS_OPERATION";

    /// <summary>5.2.3.1</summary>
    public const string SingleRootField = "SINGLE_ROOT_FIELD";

    /// <summary>5.2.4</summary>
    public const string OperationTypeExistence = "OPERATION_TYPE_EXISTENCE";

    /// <summary>5.3.1</summary>
    public const string FieldSelections = "FIELD_SELECTIONS";

    /// <summary>5.3.2</summary>
    public const string FieldSelectionMerging = "FIELD_SELECTION_MERGING";

    /// <summary>5.3.3</summary>
    public const string LeafFieldSelections = "LEAF_FIELD_SELECTIONS";

    /// <summary>5.4.1</summary>
    public const string ArgumentNames = "ARGUMENT_NAMES";

    /// <summary>5.4.2</summary>
    public const string ArgumentUniqueness = "ARGUMENT_UNIQUENESS";

    /// <summary>5.4.2.1</summary>
    public const string RequiredArguments = "REQUIRED_ARGUMENTS";

    /// <summary>5.5.1.1</summary>
    public const string FragmentNameUniqueness = "FRAGMENT_NAME_UNIQUENESS";

    /// <summary>5.5.1.2; also unknown variable types (5.8.2).</summary>
    public const string FragmentSpreadTypeExistence = "FRAGMENT_SPREAD_TYPE_EXISTENCE";

    /// <summary>5.5.1.3</summary>
    public const string FragmentsOnCompositeTypes = "FRAGMENTS_ON_COMPOSITE_TYPES";

    /// <summary>5.5.1.4</summary>
    public const string FragmentsMustBeUsed = "FRAGMENTS_MUST_BE_USED";

    /// <summary>5.5.2.1</summary>
    public const string FragmentSpreadTargetDefined = "FRAGMENT_SPREAD_TARGET_DEFINED";

    /// <summary>5.5.2.2</summary>
    public const string FragmentSpreadsMustNotFormCycles = "FRAGMENT_SPREADS_MUST_NOT_FORM_CYCLES";

    /// <summary>5.5.2.3</summary>
    public const string FragmentSpreadIsPossible = "FRAGMENT_SPREAD_IS_POSSIBLE";

    /// <summary>5.6.1</summary>
    public const string ValuesOfCorrectType = "VALUES_OF_CORRECT_TYPE";

    /// <summary>5.6.2</summary>
    public const string InputObjectFieldNames = "INPUT_OBJECT_FIELD_NAMES";

    /// <summary>5.6.3</summary>
    public const string InputObjectFieldUniqueness = "INPUT_OBJECT_FIELD_UNIQUENESS";

    /// <summary>5.6.4</summary>
    public const string InputObjectRequiredFields = "INPUT_OBJECT_REQUIRED_FIELDS";

    /// <summary>5.7.1</summary>
    public const string DirectivesAreDefined = "DIRECTIVES_ARE_DEFINED";

    /// <summary>5.7.2</summary>
    public const string DirectivesAreInValidLocations = "DIRECTIVES_ARE_IN_VALID_LOCATIONS";

    /// <summary>5.7.3</summary>
    public const string DirectivesAreUniquePerLocation = "DIRECTIVES_ARE_UNIQUE_PER_LOCATION";

    /// <summary>5.8.1</summary>
    public const string VariableUniqueness = "VARIABLE_UNIQUENESS";

    /// <summary>5.8.2</summary>
    public const string VariablesAreInputTypes = "VARIABLES_ARE_INPUT_TYPES";

    /// <summary>5.8.3</summary>
    public const string AllVariableUsesDefined = "ALL_VARIABLE_USES_DEFINED";

    /// <summary>5.8.4</summary>
    public const string AllVariablesUsed = "ALL_VARIABLES_USED";

    /// <summary>5.8.5</summary>
    public const string AllVariableUsagesAreAllowed = "ALL_VARIABLE_USAGES_ARE_ALLOWED";

    /// <summary>The error limit was reached.</summary>
    public const string TooManyErrors = "TOO_MANY_VALIDATION_ERRORS";

    /// <summary>The operation nests fields deeper than <see cref="ValidationOptions.MaxExecutionDepth"/>.</summary>
    public const string MaxExecutionDepth = "MAX_EXECUTION_DEPTH";

    /// <summary>Introspection nests list fields deeper than <see cref="ValidationOptions.MaxIntrospectionDepth"/>.</summary>
    public const string MaxIntrospectionDepth = "MAX_INTROSPECTION_DEPTH";

    /// <summary>Field Selection Merging needed more than <see cref="ValidationOptions.MaxFieldMergeComparisons"/> comparisons.</summary>
    public const string MaxFieldMergeComparisons = "MAX_FIELD_MERGE_COMPARISONS";

    /// <summary>Validation ran longer than <see cref="ValidationOptions.MaxValidationTime"/>.</summary>
    public const string MaxValidationTime = "MAX_VALIDATION_TIME";
}

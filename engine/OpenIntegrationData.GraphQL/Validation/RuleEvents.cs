using System.Collections.Concurrent;
using System.Reflection;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// For each walk event, the rules that handle it. Most rules handle two or three events, so
/// calling only those keeps the walk's per-node cost low; which methods a rule type overrides
/// is looked up once per type.
/// </summary>
internal sealed class RuleEvents
{
    private static readonly ConcurrentDictionary<Type, HashSet<string>> OverridesByType = new();

    public RuleEvents(IReadOnlyList<ValidationRule> rules)
    {
        EnterDocument = Handling(rules, nameof(ValidationRule.EnterDocument));
        LeaveDocument = Handling(rules, nameof(ValidationRule.LeaveDocument));
        EnterOperation = Handling(rules, nameof(ValidationRule.EnterOperation));
        LeaveOperation = Handling(rules, nameof(ValidationRule.LeaveOperation));
        EnterFragmentDefinition = Handling(rules, nameof(ValidationRule.EnterFragmentDefinition));
        EnterVariableDefinition = Handling(rules, nameof(ValidationRule.EnterVariableDefinition));
        EnterSelectionSet = Handling(rules, nameof(ValidationRule.EnterSelectionSet));
        EnterField = Handling(rules, nameof(ValidationRule.EnterField));
        EnterInlineFragment = Handling(rules, nameof(ValidationRule.EnterInlineFragment));
        EnterFragmentSpread = Handling(rules, nameof(ValidationRule.EnterFragmentSpread));
        EnterDirective = Handling(rules, nameof(ValidationRule.EnterDirective));
        EnterDirectives = Handling(rules, nameof(ValidationRule.EnterDirectives));
        EnterArguments = Handling(rules, nameof(ValidationRule.EnterArguments));
        EnterArgument = Handling(rules, nameof(ValidationRule.EnterArgument));
        EnterValue = Handling(rules, nameof(ValidationRule.EnterValue));
        LeaveValue = Handling(rules, nameof(ValidationRule.LeaveValue));
        EnterObjectField = Handling(rules, nameof(ValidationRule.EnterObjectField));
    }

    public ValidationRule[] EnterDocument { get; }

    public ValidationRule[] LeaveDocument { get; }

    public ValidationRule[] EnterOperation { get; }

    public ValidationRule[] LeaveOperation { get; }

    public ValidationRule[] EnterFragmentDefinition { get; }

    public ValidationRule[] EnterVariableDefinition { get; }

    public ValidationRule[] EnterSelectionSet { get; }

    public ValidationRule[] EnterField { get; }

    public ValidationRule[] EnterInlineFragment { get; }

    public ValidationRule[] EnterFragmentSpread { get; }

    public ValidationRule[] EnterDirective { get; }

    public ValidationRule[] EnterDirectives { get; }

    public ValidationRule[] EnterArguments { get; }

    public ValidationRule[] EnterArgument { get; }

    public ValidationRule[] EnterValue { get; }

    public ValidationRule[] LeaveValue { get; }

    public ValidationRule[] EnterObjectField { get; }

    private static ValidationRule[] Handling(IReadOnlyList<ValidationRule> rules, string method)
    {
        var handling = new List<ValidationRule>();
        foreach (var rule in rules)
        {
            if (OverridesOf(rule.GetType()).Contains(method))
            {
                handling.Add(rule);
            }
        }

        return [.. handling];
    }

    private static HashSet<string> OverridesOf(Type ruleType) =>
        OverridesByType.GetOrAdd(ruleType, static type =>
        {
            var overrides = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                if (method.IsVirtual && method.GetBaseDefinition().DeclaringType == typeof(ValidationRule)
                    && method.DeclaringType != typeof(ValidationRule))
                {
                    overrides.Add(method.Name);
                }
            }

            return overrides;
        });
}

using System.Reflection;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>
/// For each walk event, the rules that handle it. Most rules handle two or three events, so
/// calling only those keeps the walk's per-node cost low. Which methods each rule overrides is
/// found by reflection once per validator (<see cref="Plan"/>); a validation only fills arrays.
/// </summary>
internal sealed class RuleEvents
{
    // The order is the index of each event in a plan.
    private static readonly string[] EventMethods =
    [
        nameof(ValidationRule.EnterDocument),
        nameof(ValidationRule.LeaveDocument),
        nameof(ValidationRule.EnterOperation),
        nameof(ValidationRule.LeaveOperation),
        nameof(ValidationRule.EnterFragmentDefinition),
        nameof(ValidationRule.EnterVariableDefinition),
        nameof(ValidationRule.EnterSelectionSet),
        nameof(ValidationRule.EnterField),
        nameof(ValidationRule.EnterInlineFragment),
        nameof(ValidationRule.EnterFragmentSpread),
        nameof(ValidationRule.EnterDirective),
        nameof(ValidationRule.EnterDirectives),
        nameof(ValidationRule.EnterArguments),
        nameof(ValidationRule.EnterArgument),
        nameof(ValidationRule.EnterValue),
        nameof(ValidationRule.LeaveValue),
        nameof(ValidationRule.EnterObjectField),
    ];

    private readonly ValidationRule[][] _byEvent;

    /// <summary>Distributes fresh rule instances according to a plan made for instances of the same types.</summary>
    public RuleEvents(ValidationRule[] rules, int[][] plan)
    {
        _byEvent = new ValidationRule[plan.Length][];
        for (var e = 0; e < plan.Length; e++)
        {
            var handlers = new ValidationRule[plan[e].Length];
            for (var i = 0; i < handlers.Length; i++)
            {
                handlers[i] = rules[plan[e][i]];
            }

            _byEvent[e] = handlers;
        }
    }

    public ValidationRule[] EnterDocument => _byEvent[0];

    public ValidationRule[] LeaveDocument => _byEvent[1];

    public ValidationRule[] EnterOperation => _byEvent[2];

    public ValidationRule[] LeaveOperation => _byEvent[3];

    public ValidationRule[] EnterFragmentDefinition => _byEvent[4];

    public ValidationRule[] EnterVariableDefinition => _byEvent[5];

    public ValidationRule[] EnterSelectionSet => _byEvent[6];

    public ValidationRule[] EnterField => _byEvent[7];

    public ValidationRule[] EnterInlineFragment => _byEvent[8];

    public ValidationRule[] EnterFragmentSpread => _byEvent[9];

    public ValidationRule[] EnterDirective => _byEvent[10];

    public ValidationRule[] EnterDirectives => _byEvent[11];

    public ValidationRule[] EnterArguments => _byEvent[12];

    public ValidationRule[] EnterArgument => _byEvent[13];

    public ValidationRule[] EnterValue => _byEvent[14];

    public ValidationRule[] LeaveValue => _byEvent[15];

    public ValidationRule[] EnterObjectField => _byEvent[16];

    /// <summary>For each event, the positions of the rules that override its method.</summary>
    public static int[][] Plan(IReadOnlyList<ValidationRule> rules)
    {
        var plan = new int[EventMethods.Length][];
        for (var e = 0; e < EventMethods.Length; e++)
        {
            var handlers = new List<int>();
            for (var i = 0; i < rules.Count; i++)
            {
                if (Overrides(rules[i].GetType(), EventMethods[e]))
                {
                    handlers.Add(i);
                }
            }

            plan[e] = [.. handlers];
        }

        return plan;
    }

    private static bool Overrides(Type ruleType, string method) =>
        ruleType.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)?.DeclaringType != typeof(ValidationRule);
}

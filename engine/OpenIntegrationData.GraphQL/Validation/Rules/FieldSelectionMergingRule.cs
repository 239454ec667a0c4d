using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name in one selection set
/// (fragments included) can be merged — same field and arguments unless their parents are
/// different object types, types of the same shape (SameResponseShape), and sub-selections
/// that merge in turn (FieldsInSetCanMerge).
/// </summary>
/// <remarks>
/// graphql-js <c>OverlappingFieldsCanBeMergedRule</c>: instead of expanding fragments per
/// selection set, each selection set and fragment is reduced once to its fields by response
/// name plus the fragment names it spreads (cached), and each pair of fragments and each pair of
/// field collection and fragment is compared at most once per exclusivity. Large groups of
/// structurally identical fields are compared through one representative, so a document that
/// repeats one field thousands of times stays linear. Documents that still need more than
/// <see cref="ValidationOptions.MaxFieldMergeComparisons"/> comparisons (long fragment chains
/// spread side by side grow quadratically) are refused. The comparison itself is in
/// FieldSelectionMergingRule.Comparison.cs.
/// </remarks>
public sealed partial class FieldSelectionMergingRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        _context = context;
        if (_budgetExhausted || HasNothingToCompare(node.Selections))
        {
            return;
        }

        var conflicts = FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node);
        if (_budgetExhausted)
        {
            context.ReportError(_timedOut
                ? ValidationErrors.ValidationTimeExceeded(context.Options.MaxValidationTime ?? TimeSpan.Zero)
                : ValidationErrors.TooManyFieldMergeComparisons(context.Options.MaxFieldMergeComparisons ?? 0));
            return;
        }

        foreach (var conflict in conflicts)
        {
            var fields = new List<FieldNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            fields.AddRange(conflict.Fields1);
            fields.AddRange(conflict.Fields2);
            context.ReportError(ValidationErrors.FieldsConflict(conflict.ResponseName, conflict.Reason.ToMessage(), fields));
        }
    }

    /// <summary>
    /// Only fields, each with its own response name: nothing in this selection set can conflict
    /// (sub-selections are checked when the walk reaches them). Most selection sets look like this.
    /// </summary>
    private static bool HasNothingToCompare(IReadOnlyList<SelectionNode> selections)
    {
        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            var responseName = field.Alias?.Value ?? field.Name.Value;
            for (var j = 0; j < i; j++)
            {
                var other = (FieldNode)selections[j];
                if ((other.Alias?.Value ?? other.Name.Value) == responseName)
                {
                    return false;
                }
            }

            if (i >= 32)
            {
                // Long lists are checked by the full algorithm rather than pairwise here.
                return false;
            }
        }

        return true;
    }
}

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
/// repeats one field thousands of times stays linear. The comparison itself is in
/// FieldSelectionMergingRule.Comparison.cs.
/// </remarks>
public sealed partial class FieldSelectionMergingRule : ValidationRule
{
    /// <inheritdoc />
    public override void EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        _context = context;
        var conflicts = FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var fields = new List<FieldNode>(conflict.Fields1.Count + conflict.Fields2.Count);
            fields.AddRange(conflict.Fields1);
            fields.AddRange(conflict.Fields2);
            context.ReportError(ValidationErrors.FieldsConflict(conflict.ResponseName, conflict.Reason.ToMessage(), fields));
        }
    }
}

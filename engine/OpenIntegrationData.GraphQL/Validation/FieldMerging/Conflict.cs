using OpenIntegrationData.GraphQL.Language;

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Two groups of fields with one response name that cannot be merged.</summary>
internal sealed record Conflict(string ResponseName, ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
{
    public static Conflict Of(string responseName, string message, FieldNode field1, FieldNode field2) =>
        new(responseName, ConflictReason.Of(message), [field1], [field2]);

    /// <summary>A conflict of two fields because of conflicts among their sub-fields.</summary>
    public static Conflict FromSubfields(string responseName, FieldNode field1, FieldNode field2, List<Conflict> subConflicts)
    {
        var reasons = new List<(string, ConflictReason)>(subConflicts.Count);
        List<FieldNode> fields1 = [field1];
        List<FieldNode> fields2 = [field2];
        foreach (var sub in subConflicts)
        {
            reasons.Add((sub.ResponseName, sub.Reason));
            fields1.AddRange(sub.Fields1);
            fields2.AddRange(sub.Fields2);
        }

        return new Conflict(responseName, ConflictReason.Of(reasons), fields1, fields2);
    }
}

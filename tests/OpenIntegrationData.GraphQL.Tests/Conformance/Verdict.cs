namespace OpenIntegrationData.GraphQL.Tests.Conformance;

/// <summary>
/// How far a request gets in the spec's ExecuteRequest order: accepted, or rejected at a stage
/// (<c>parse</c>, <c>validate</c>, <c>operation</c> for GetOperation, <c>variables</c> for
/// CoerceVariableValues), with the messages that said why.
/// </summary>
internal sealed record Verdict(bool Accepted, string? Stage, IReadOnlyList<string> Messages)
{
    public static Verdict Accept { get; } = new(true, null, []);

    public static Verdict Reject(string stage, IEnumerable<string> messages) => new(false, stage, [.. messages]);

    /// <summary>Two verdicts agree when both accept, or both reject at the same stage.</summary>
    public bool AgreesWith(Verdict other) => Accepted == other.Accepted && Stage == other.Stage;

    public override string ToString() =>
        Accepted ? "accept" : $"reject at {Stage}: {string.Join(" | ", Messages.Take(3))}";
}

namespace OpenIntegrationData.GraphQL.Validation;

/// <summary>Why two fields cannot be merged: a message, or the conflicts of their sub-fields.</summary>
internal sealed class ConflictReason
{
    private ConflictReason(string? message, IReadOnlyList<(string ResponseName, ConflictReason Reason)>? subReasons)
    {
        Message = message;
        SubReasons = subReasons;
    }

    public string? Message { get; }

    public IReadOnlyList<(string ResponseName, ConflictReason Reason)>? SubReasons { get; }

    public static ConflictReason Of(string message) => new(message, null);

    public static ConflictReason Of(IReadOnlyList<(string, ConflictReason)> subReasons) => new(null, subReasons);

    /// <summary>graphql-js <c>reasonMessage</c>: nested reasons as "subfields "x" conflict because …" joined by "and".</summary>
    public string ToMessage()
    {
        if (SubReasons is null)
        {
            return Message ?? string.Empty;
        }

        var parts = new string[SubReasons.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = $"subfields \"{SubReasons[i].ResponseName}\" conflict because {SubReasons[i].Reason.ToMessage()}";
        }

        return string.Join(" and ", parts);
    }
}

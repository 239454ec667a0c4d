using OpenIntegrationData.GraphQL.Errors;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// Admission control: decides, from an operation's cost and before it runs, whether it runs now, waits
/// for room, or is refused — so expensive work queues before it holds scarce resources (connections).
/// </summary>
public interface IRequestAdmission
{
    /// <summary>
    /// Waits until the operation may run and returns a lease that is disposed when it has finished, or a
    /// refusal (an error with a code) when it may not run now.
    /// </summary>
    ValueTask<Admission> EnterAsync(CostAnalysis cost, CancellationToken cancellationToken);
}

/// <summary>The answer of <see cref="IRequestAdmission"/>: a lease to hold while executing, or the refusal.</summary>
public readonly record struct Admission(IDisposable? Lease, GraphQLError? Refusal)
{
    /// <summary>Admitted; <paramref name="lease"/> (if any) is disposed after execution.</summary>
    public static Admission Admit(IDisposable? lease = null) => new(lease, null);

    /// <summary>Refused with <paramref name="error"/>.</summary>
    public static Admission Refuse(GraphQLError error) => new(null, error);
}

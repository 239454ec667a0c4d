using OpenIntegrationData.Data.Failures;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Validation.Cost;

namespace OpenIntegrationData.Data.Budget;

/// <summary>
/// Admission by cost: a request below <see cref="DatabaseBudgetOptions.ExpensiveFieldCost"/> runs at once
/// (on either lane); an expensive one waits for one of a few turns before it touches a connection, and is
/// refused with <see cref="DatabaseErrors.ServerBusy"/> when the queue is full or its wait runs out.
/// </summary>
public sealed class CostAdmission : IRequestAdmission
{
    private readonly DatabaseBudgetOptions _options;
    private readonly SemaphoreSlim _turns;
    private int _waiting;
    private long _refused;

    public CostAdmission(DatabaseBudgetOptions options, DatabaseLanes lanes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lanes);
        _options = options;
        var turns = Math.Max(1, options.MaxConcurrentExpensiveRequests ?? lanes.Shared);
        _turns = new SemaphoreSlim(turns, turns);
    }

    /// <summary>Requests refused so far (for metrics).</summary>
    public long Refused => Interlocked.Read(ref _refused);

    public async ValueTask<Admission> EnterAsync(CostAnalysis cost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (cost.FieldCost < _options.ExpensiveFieldCost)
        {
            return Admission.Admit();
        }

        if (RequestDatabaseBudget.Current is { } budget)
        {
            budget.IsExpensive = true;
        }

        if (_turns.Wait(0))
        {
            return Admission.Admit(new Turn(_turns));
        }

        if (Interlocked.Increment(ref _waiting) > _options.MaxQueuedExpensiveRequests)
        {
            Interlocked.Decrement(ref _waiting);
            return Refuse();
        }

        try
        {
            return await _turns.WaitAsync(_options.QueueTimeout, cancellationToken)
                ? Admission.Admit(new Turn(_turns))
                : Refuse();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private Admission Refuse()
    {
        Interlocked.Increment(ref _refused);
        return Admission.Refuse(DatabaseErrors.ServerBusy(_options.RetryAfter));
    }

    private sealed class Turn(SemaphoreSlim turns) : IDisposable
    {
        private SemaphoreSlim? _turns = turns;

        public void Dispose() => Interlocked.Exchange(ref _turns, null)?.Release();
    }
}

namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>Counters of the work a request executor did and saved, for tests and monitoring.</summary>
public sealed class ExecutorStatistics
{
    private long _parses;
    private long _validations;
    private long _documentCacheHits;
    private long _plansBuilt;
    private long _planCacheHits;

    /// <summary>Documents parsed (cache misses that reached the parser).</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>Documents validated.</summary>
    public long Validations => Interlocked.Read(ref _validations);

    /// <summary>Requests whose document came from the cache, skipping parse and validate.</summary>
    public long DocumentCacheHits => Interlocked.Read(ref _documentCacheHits);

    /// <summary>Operation plans built.</summary>
    public long PlansBuilt => Interlocked.Read(ref _plansBuilt);

    /// <summary>Requests whose operation plan came from the cache.</summary>
    public long PlanCacheHits => Interlocked.Read(ref _planCacheHits);

    internal void CountParse() => Interlocked.Increment(ref _parses);

    internal void CountValidation() => Interlocked.Increment(ref _validations);

    internal void CountDocumentCacheHit() => Interlocked.Increment(ref _documentCacheHits);

    internal void CountPlanBuilt() => Interlocked.Increment(ref _plansBuilt);

    internal void CountPlanCacheHit() => Interlocked.Increment(ref _planCacheHits);
}

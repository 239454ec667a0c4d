using System.Diagnostics.Metrics;
using OpenIntegrationData.Data.Budget;
using OpenIntegrationData.GraphQL.Execution;

namespace OpenIntegrationData.Api.Observability;

/// <summary>
/// The API's own instruments (meter <c>OpenIntegrationData.Api</c>), exported on <c>/metrics</c>: GraphQL
/// requests by outcome, errors by code, request duration, connection slots in use, document and response cache hits, the totals memo, the data version.
/// </summary>
internal sealed class ApiMetrics : IDisposable
{
    public const string MeterName = "OpenIntegrationData.Api";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public ApiMetrics(IMeterFactory meterFactory, IServiceProvider services)
    {
        _meter = meterFactory.Create(MeterName);
        _requests = _meter.CreateCounter<long>("oid.graphql.requests", "{request}", "GraphQL requests answered, by outcome.");
        _errors = _meter.CreateCounter<long>("oid.graphql.errors", "{error}", "Errors in GraphQL answers, by extensions.code.");
        _duration = _meter.CreateHistogram<double>(
            "oid.graphql.request.duration",
            "s",
            "Time from the request's arrival to its answer.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

        // Read when scraped; the services exist only once the database has started.
        _meter.CreateObservableGauge(
            "oid.db.connections.in_use",
            () => IsConnected(services) ? services.GetRequiredService<DatabaseLanes>().InUse : 0,
            "{connection}",
            "Pooled connections GraphQL requests hold now.");
        _meter.CreateObservableCounter(
            "oid.graphql.admission.refused",
            () => IsConnected(services) ? services.GetRequiredService<CostAdmission>().Refused : 0,
            "{request}",
            "Expensive requests refused with SERVER_BUSY.");
        _meter.CreateObservableCounter(
            "oid.graphql.document_cache.hits",
            () => IsConnected(services) ? services.GetRequiredService<RequestExecutor>().Statistics.DocumentCacheHits : 0,
            "{hit}",
            "Requests whose document was already parsed and validated.");
        _meter.CreateObservableCounter(
            "oid.graphql.document_cache.misses",
            () => IsConnected(services) ? services.GetRequiredService<RequestExecutor>().Statistics.Parses : 0,
            "{miss}",
            "Requests whose document had to be parsed.");
        _meter.CreateObservableCounter(
            "oid.graphql.response_cache.hits",
            () => services.GetRequiredService<Transport.Caching.ResponseCache>().Hits,
            "{hit}",
            "GET answers sent from memory without running the query.");
        _meter.CreateObservableCounter(
            "oid.graphql.response_cache.misses",
            () => services.GetRequiredService<Transport.Caching.ResponseCache>().Misses,
            "{miss}",
            "Tagged GETs that had to run (not kept, or the cache is off).");
        _meter.CreateObservableGauge(
            "oid.graphql.response_cache.bytes",
            () => services.GetRequiredService<Transport.Caching.ResponseCache>().Bytes,
            "By",
            "Memory the kept GET answers take.");
        _meter.CreateObservableCounter(
            "oid.graphql.totals_memo.hits",
            () => services.GetRequiredService<Data.Sql.TotalsMemo>().Hits,
            "{hit}",
            "Counts and totals answered from memory for the served data version.");
        _meter.CreateObservableCounter(
            "oid.graphql.totals_memo.misses",
            () => services.GetRequiredService<Data.Sql.TotalsMemo>().Misses,
            "{miss}",
            "Counts and totals that had to run while the memo is on.");
        _meter.CreateObservableGauge(
            "oid.graphql.totals_memo.bytes",
            () => services.GetRequiredService<Data.Sql.TotalsMemo>().Bytes,
            "By",
            "Memory the kept counts and totals take (estimated).");
        _meter.CreateObservableGauge(
            "oid.data_version",
            () => services.GetRequiredService<Transport.Caching.ServedDataVersion>().Current,
            "{version}",
            "The data version answers are served and kept under (-1 until first read).");
    }

    /// <summary>Counts one answered request, its errors by code and its duration.</summary>
    public void Record(ExecutionResult result, TimeSpan duration)
    {
        var outcome = result.Errors.Count == 0 ? "ok" : result.Kind == ResultKind.Executed ? "partial" : result.Kind == ResultKind.Refused ? "refused" : "error";
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        foreach (var error in result.Errors)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("code", error.Code ?? RequestFailureLog.UnexpectedCode));
        }

        _duration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>
    /// Counts one request answered with <paramref name="code"/> before it reached the executor: refused by the
    /// transport (413, 415, 406), by the persisted-query store, or by the rate limit.
    /// </summary>
    public void RecordRefusal(string? code)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("outcome", "refused"));
        _errors.Add(1, new KeyValuePair<string, object?>("code", code ?? RequestFailureLog.UnexpectedCode));
    }

    public void Dispose() => _meter.Dispose();

    /// <summary>The pool, the admission and the executor exist once the database has answered (they are built from it).</summary>
    private static bool IsConnected(IServiceProvider services) => services.GetRequiredService<Hosting.DatabaseLifetime>().IsConnected;
}

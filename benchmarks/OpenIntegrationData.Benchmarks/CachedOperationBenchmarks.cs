using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Tests.Conformance;

namespace OpenIntegrationData.Benchmarks;

/// <summary>
/// A cached operation's overhead for (b), the three-level query: everything the engine does for
/// a repeated request — document cache lookup, GetOperation, variable coercion, cost, plan,
/// execution, result JSON — around resolvers that only read in-memory dictionaries. Target
/// (issue 3): under 20 µs. <see cref="CachedByIdOverhead"/> is the same for the load
/// benchmark's by-id shape (a node by its ID with a few scalars), where the fixed per-request
/// costs dominate.
/// </summary>
[MemoryDiagnoser]
public class CachedOperationBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private GraphQLRequest _byIdRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = ConformanceSchema.CreateExecutor();
        _request = BenchmarkDocument.Load("three-level").Request;
        _executor.ExecuteAsync(_request).GetAwaiter().GetResult();
        _byIdRequest = new GraphQLRequest("""query ById { node(id: "d1") { ... on District { id name population area } } }""");
        var byId = _executor.ExecuteAsync(_byIdRequest).GetAwaiter().GetResult();
        if (byId.Errors.Count > 0 || byId.Data is not ResultMap { Count: 1 } data || data["node"] is null)
        {
            throw new InvalidOperationException("The by-id document does not find its district.");
        }
    }

    [Benchmark]
    public Task<int> CachedOperationOverhead() => ExecuteAndWriteAsync(_request);

    [Benchmark]
    public Task<int> CachedByIdOverhead() => ExecuteAndWriteAsync(_byIdRequest);

    private async Task<int> ExecuteAndWriteAsync(GraphQLRequest request)
    {
        var result = await _executor.ExecuteAsync(request);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        return _buffer.WrittenCount;
    }
}

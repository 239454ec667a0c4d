using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Tests.Conformance;

namespace OpenIntegrationData.Benchmarks;

/// <summary>
/// A cached operation's overhead for (b), the three-level query: everything the engine does for
/// a repeated request — cache lookup by hash, GetOperation, variable coercion, cost, plan,
/// execution, result JSON — around resolvers that only read in-memory dictionaries. Target
/// (issue 3): under 20 µs.
/// </summary>
[MemoryDiagnoser]
public class CachedOperationBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = ConformanceSchema.CreateExecutor();
        _request = BenchmarkDocument.Load("three-level").Request;
        _executor.ExecuteAsync(_request).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> CachedOperationOverhead()
    {
        var result = await _executor.ExecuteAsync(_request);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, ResultJsonWriter.WriterOptions))
        {
            ResultJsonWriter.Write(writer, result);
        }

        return _buffer.WrittenCount;
    }
}

using BenchmarkDotNet.Attributes;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Language;
using OpenIntegrationData.GraphQL.Tests.Conformance;
using OpenIntegrationData.GraphQL.Validation;

namespace OpenIntegrationData.Benchmarks;

/// <summary>
/// The hot stages on the conformance schema for the three documents of issue 3: (a) the
/// standard introspection query, (b) a three-level query with fragments and variables, (c) a
/// ~100 KB document. <see cref="Execute"/> is a cached request: the executor has seen the text
/// before, so parse and validation come from its document cache, as for a repeated operation.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private BenchmarkDocument _document = null!;
    private DocumentNode _parsed = null!;
    private DocumentValidator _validator = null!;
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;

    [Params("introspection", "three-level", "large")]
    public string Document { get; set; } = "three-level";

    [GlobalSetup]
    public void Setup()
    {
        _document = BenchmarkDocument.Load(Document);
        _parsed = Parser.Parse(_document.Text).Node ?? throw new InvalidOperationException($"{Document} does not parse.");
        _validator = new DocumentValidator(ConformanceSchema.Schema);
        if (!_validator.Validate(_parsed).IsValid)
        {
            throw new InvalidOperationException($"{Document} is not valid.");
        }

        _executor = ConformanceSchema.CreateExecutor();
        _request = _document.Request;
        var warmUp = _executor.ExecuteAsync(_request).GetAwaiter().GetResult();
        if (warmUp.Kind != ResultKind.Executed || warmUp.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{Document} does not execute: {string.Join(" | ", warmUp.Errors.Select(static e => e.Message))}");
        }
    }

    [Benchmark]
    public DocumentNode? Parse() => Parser.Parse(_document.Text).Node;

    [Benchmark]
    public ValidationResult Validate() => _validator.Validate(_parsed);

    [Benchmark]
    public ValidationResult ParseAndValidate() => _validator.Validate(Parser.Parse(_document.Text).Node!);

    [Benchmark]
    public Task<ExecutionResult> Execute() => _executor.ExecuteAsync(_request);
}

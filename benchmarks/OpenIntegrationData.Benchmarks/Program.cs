using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenIntegrationData.GraphQL.Tests.Conformance;
using OpenIntegrationData.GraphQL.Types.Printing;

namespace OpenIntegrationData.Benchmarks;

/// <summary>
/// <c>schema</c> prints the benchmark schema's SDL (for the graphql-js script); anything else is
/// passed to BenchmarkDotNet (e.g. <c>--filter *</c>). <c>--quick</c> selects the short job the
/// README's table was measured with: in-process, 1 launch, 3 warm-up and 5 measured iterations.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["schema"])
        {
            Console.Write(SchemaPrinter.Print(ConformanceSchema.Schema));
            return 0;
        }

        var quick = args.Contains("--quick");
        var job = quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            : Job.Default;
        var config = DefaultConfig.Instance
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance))
            .AddExporter(JsonExporter.Full)
            .AddColumn(StatisticColumn.Min);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(static a => a != "--quick")], config);
        return 0;
    }
}

using System.Text;
using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.GraphQL.Tests.Execution;

/// <summary>Builds small SDL schemas with resolvers and runs requests against them.</summary>
internal static class ExecutionTestSupport
{
    /// <summary>A schema from SDL; <paramref name="configure"/> attaches resolvers.</summary>
    public static Schema Schema(string sdl, Action<SchemaBuilder>? configure = null)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Attaches a synchronous resolver to <c>type.field</c>.</summary>
    public static SchemaBuilder Resolve(this SchemaBuilder builder, string type, string field, Func<ResolverContext, object?> resolve) =>
        builder.ExtendObjectType(type, t => t.ConfigureField(field, f => f.Resolve(resolve)));

    /// <summary>Attaches an asynchronous resolver to <c>type.field</c>.</summary>
    public static SchemaBuilder ResolveAsync(this SchemaBuilder builder, string type, string field, Func<ResolverContext, ValueTask<object?>> resolve) =>
        builder.ExtendObjectType(type, t => t.ConfigureField(field, f => f.ResolveAsync(resolve)));

    /// <summary>Attaches a batch resolver to <c>type.field</c>.</summary>
    public static SchemaBuilder ResolveBatch(
        this SchemaBuilder builder,
        string type,
        string field,
        Func<BatchResolverContext, ValueTask<IReadOnlyList<object?>>> resolve) =>
        builder.ExtendObjectType(type, t => t.ConfigureField(field, f => f.ResolveBatch(resolve)));

    /// <summary>Runs a request and returns the response as compact JSON.</summary>
    public static async Task<string> ExecuteJsonAsync(
        this RequestExecutor executor,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null,
        RequestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest(query, operationName, variables), options, cancellationToken);
        return Json(result);
    }

    /// <summary>The result as compact JSON.</summary>
    public static string Json(ExecutionResult result) => Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes(result));

    /// <summary>Variables from name/value pairs.</summary>
    public static IReadOnlyDictionary<string, object?> Variables(params (string Name, object? Value)[] values) =>
        values.ToDictionary(static v => v.Name, static v => v.Value);
}

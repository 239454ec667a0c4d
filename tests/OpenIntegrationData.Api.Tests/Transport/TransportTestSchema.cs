using OpenIntegrationData.GraphQL.Execution;
using OpenIntegrationData.GraphQL.Types;
using OpenIntegrationData.GraphQL.Types.Building;

namespace OpenIntegrationData.Api.Tests.Transport;

/// <summary>
/// A small SDL-first schema for the transport tests: a few queries with arguments, a field that
/// fails, a field that waits until it is cancelled, and a mutation (for the GET → 405 case).
/// </summary>
internal static class TransportTestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          echoInt(value: Int!): Int!
          echoFloat(value: Float!): Float!
          echoList(values: [Int!]!): [Int!]!
          failing: String
          waitForCancellation: String
        }

        type Mutation {
          setMessage(text: String!): String!
        }
        """;

    /// <summary>Builds the schema; <paramref name="cancellations"/> completes when <c>waitForCancellation</c> sees its token cancelled.</summary>
    public static Schema Create(TaskCompletionSource cancellations)
    {
        var builder = SchemaBuilder.FromSdl(Sdl)
            .ExtendObjectType("Query", type => type
                .ConfigureField("hello", field => field.Resolve(context => $"Hello, {context.ArgumentValue<string>("name")}!"))
                .ConfigureField("echoInt", field => field.Resolve(context => context.Arguments["value"]))
                .ConfigureField("echoFloat", field => field.Resolve(context => context.Arguments["value"]))
                .ConfigureField("echoList", field => field.Resolve(context => context.Arguments["values"]))
                .ConfigureField("failing", field => field.Resolve(_ => throw new InvalidOperationException("The resolver failed.")))
                .ConfigureField("waitForCancellation", field => field.ResolveAsync(async context =>
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        cancellations.TrySetResult();
                        throw;
                    }

                    return null;
                })))
            .ExtendObjectType("Mutation", type => type
                .ConfigureField("setMessage", field => field.Resolve(context => context.Arguments["text"])));
        return builder.Build();
    }
}

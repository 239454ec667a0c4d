using System.Runtime.CompilerServices;

namespace OpenIntegrationData.Data.Resolvers;

/// <summary>
/// What a resolver derives from a part of an operation plan alone (what a connection selects, the columns a
/// selection reads and their select list) is the same for every request that runs the cached plan, so it is
/// derived once and kept as long as that plan part lives: when the executor's cache lets a plan go, this goes too.
/// A plan made for one request (an <c>@include(if: $var)</c> plan) simply derives it again.
/// </summary>
internal static class PlanMemo<TPart, TValue>
    where TPart : class
    where TValue : class
{
    private static readonly ConditionalWeakTable<TPart, TValue> Values = new();

    public static TValue Get(TPart part, ConditionalWeakTable<TPart, TValue>.CreateValueCallback derive) =>
        Values.TryGetValue(part, out var value) ? value : Values.GetValue(part, derive);

    /// <summary>The same with a further input of the derivation, passed without a closure on the hot path.</summary>
    public static TValue Get<TState>(TPart part, TState state, Func<TPart, TState, TValue> derive) =>
        Values.TryGetValue(part, out var value) ? value : Values.GetValue(part, key => derive(key, state));
}

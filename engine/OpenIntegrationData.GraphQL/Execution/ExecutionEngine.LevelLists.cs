namespace OpenIntegrationData.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// Level lists kept between requests. A nested list response has hundreds of objects per level; growing two
    /// lists to that size again for every request was a sixth of all the bytes such a request allocated. A few
    /// emptied lists wait in a small shared set of places, taken and given back without a lock.
    /// </summary>
    private static class LevelLists
    {
        /// <summary>Larger lists are left to the collector: one rare wide response should not stay in memory.</summary>
        private const int MaxKeptCapacity = 4096;

        /// <summary>Two lists per request that can run at once on every core, and then some.</summary>
        private static readonly List<ObjectWork>?[] Kept = new List<ObjectWork>?[4 * Environment.ProcessorCount + 4];

        /// <summary>A kept list, or a new one; the caller owns it until it gives it back.</summary>
        public static List<ObjectWork> Take()
        {
            for (var i = 0; i < Kept.Length; i++)
            {
                if (Volatile.Read(ref Kept[i]) is not null && Interlocked.Exchange(ref Kept[i], null) is { } list)
                {
                    return list;
                }
            }

            return [];
        }

        /// <summary>Empties the list (it holds the response's objects) and keeps it if there is a free place.</summary>
        public static void Give(List<ObjectWork> list)
        {
            list.Clear();
            if (list.Capacity > MaxKeptCapacity)
            {
                return;
            }

            for (var i = 0; i < Kept.Length; i++)
            {
                if (Volatile.Read(ref Kept[i]) is null && Interlocked.CompareExchange(ref Kept[i], list, null) is null)
                {
                    return;
                }
            }
        }
    }
}

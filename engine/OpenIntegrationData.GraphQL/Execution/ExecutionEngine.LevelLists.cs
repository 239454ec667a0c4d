namespace OpenIntegrationData.GraphQL.Execution;

internal sealed partial class ExecutionEngine
{
    /// <summary>
    /// The two level lists of the last request that finished on this thread, kept for the next one. A nested
    /// list response has hundreds of objects per level; growing two lists to that size again for every request
    /// was a sixth of all the bytes such a request allocated. Each thread keeps at most one pair, emptied.
    /// </summary>
    private static class LevelLists
    {
        /// <summary>Larger lists are left to the collector: one rare wide response should not stay in memory on every thread.</summary>
        private const int MaxKeptCapacity = 4096;

        [ThreadStatic]
        private static List<ObjectWork>? t_level;

        [ThreadStatic]
        private static List<ObjectWork>? t_next;

        /// <summary>This thread's kept pair, or two new lists; the caller owns them until it gives them back.</summary>
        public static (List<ObjectWork> Level, List<ObjectWork> Next) Take()
        {
            var level = t_level ?? [];
            var next = t_next ?? [];
            t_level = null;
            t_next = null;
            return (level, next);
        }

        /// <summary>Empties the lists (they hold the response's objects) and keeps them on the current thread.</summary>
        public static void Give(List<ObjectWork> level, List<ObjectWork> next)
        {
            level.Clear();
            next.Clear();
            if (level.Capacity <= MaxKeptCapacity && next.Capacity <= MaxKeptCapacity)
            {
                t_level = level;
                t_next = next;
            }
        }
    }
}

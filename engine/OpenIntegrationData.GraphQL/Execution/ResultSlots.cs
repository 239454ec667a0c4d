namespace OpenIntegrationData.GraphQL.Execution;

/// <summary>
/// The slots of one response's objects, cut from a few shared arrays: a nested list response has thousands of
/// small objects (<c>name { en }</c> is one slot), and an array of its own for each cost as many bytes in headers
/// as in slots. Chunks double from a small first one, so a by-id answer stays small. One request's completion
/// runs on one thread at a time, so no locking.
/// </summary>
internal sealed class ResultSlots
{
    private const int FirstChunk = 16;
    private const int LargestChunk = 1024;

    private object?[] _chunk = [];
    private int _used;

    /// <summary>A run of <paramref name="count"/> empty slots: the array and where the run starts in it.</summary>
    public (object?[] Array, int Offset) Take(int count)
    {
        if (count == 0)
        {
            return ([], 0);
        }

        if (_used + count > _chunk.Length)
        {
            var size = Math.Clamp(_chunk.Length * 2, FirstChunk, LargestChunk);
            if (count > size / 4)
            {
                // A wide object gets an array of its own rather than leaving the rest of a chunk unused.
                return (new object?[count], 0);
            }

            _chunk = new object?[size];
            _used = 0;
        }

        var offset = _used;
        _used += count;
        return (_chunk, offset);
    }
}

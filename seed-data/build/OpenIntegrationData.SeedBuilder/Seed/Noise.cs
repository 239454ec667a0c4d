using System.Security.Cryptography;
using System.Text;

namespace OpenIntegrationData.SeedBuilder.Seed;

/// <summary>Deterministic pseudo-random numbers for illustrative figures: a hash of a label, so the value
/// of one figure never depends on the order in which others were generated.</summary>
internal static class Noise
{
    private const string Seed = "OpenIntegrationData illustrative seed 1";

    /// <summary>A number in [0, 1) fixed by the label.</summary>
    public static double Unit(string label)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Seed + "|" + label));
        var bits = BitConverter.ToUInt64(hash, 0) >> 11;
        return bits / (double)(1UL << 53);
    }

    /// <summary>A number in [low, high) fixed by the label.</summary>
    public static double Between(string label, double low, double high) => low + ((high - low) * Unit(label));
}

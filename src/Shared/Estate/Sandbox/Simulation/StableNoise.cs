namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>
/// Deterministic noise: a 64-bit FNV-1a hash of (resource, purpose, time) mapped to a number. The same inputs give the
/// same value in every process (unlike <see cref="string.GetHashCode()"/>), which is what makes the sandbox repeatable.
/// </summary>
internal static class StableNoise
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>A value in [0, 1).</summary>
    public static double Unit(string resource, string purpose, DateTimeOffset time, long salt = 0)
        => (Hash(resource, purpose, time, salt) >> 11) * (1.0 / (1UL << 53));

    public static ulong Hash(string resource, string purpose, DateTimeOffset time, long salt = 0)
    {
        var hash = OffsetBasis;
        hash = Mix(hash, resource);
        hash = Mix(hash, purpose);
        hash = Mix(hash, time.UtcTicks);
        hash = Mix(hash, salt);
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccd;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>A value in [-1, 1).</summary>
    public static double Signed(string resource, string purpose, DateTimeOffset time, long salt = 0)
        => (Unit(resource, purpose, time, salt) * 2) - 1;

    /// <summary>An integer in [0, <paramref name="exclusiveMax"/>).</summary>
    public static int Pick(int exclusiveMax, string resource, string purpose, DateTimeOffset time, long salt = 0)
        => (int)(Unit(resource, purpose, time, salt) * exclusiveMax);

    /// <summary>Rounds <paramref name="expected"/> up or down with probability given by its fraction, so counts average out right.</summary>
    public static int Count(double expected, string resource, string purpose, DateTimeOffset time)
    {
        var whole = Math.Floor(expected);
        return (int)whole + (Unit(resource, purpose, time) < expected - whole ? 1 : 0);
    }

    private static ulong Mix(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0xff) * Prime;
    }

    private static ulong Mix(ulong hash, long value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (byte)(value >> (i * 8))) * Prime;
        }

        return hash;
    }
}

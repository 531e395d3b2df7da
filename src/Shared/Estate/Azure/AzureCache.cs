using System.Collections.Concurrent;

namespace SreBot.Shared.Estate.Azure;

/// <summary>A bounded, time-limited cache (api-versions, metric definitions): entries expire after <paramref name="lifetime"/>, and a full cache is emptied before a new entry.</summary>
internal sealed class AzureCache<TValue>(TimeProvider time, TimeSpan lifetime, int capacity)
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Expires)> entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many entries are held (expired ones included until replaced).</summary>
    public int Count => entries.Count;

    public async Task<TValue> GetOrAddAsync(string key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && entry.Expires > now)
        {
            return entry.Value;
        }

        var value = await load(cancellationToken);
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }

        entries[key] = (value, now + lifetime);
        return value;
    }
}

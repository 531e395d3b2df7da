using System.Collections.Concurrent;

namespace SreBot.Shared.Caching;

/// <summary>
/// A bounded, time-limited cache on an injected clock: an entry is served until <paramref name="lifetime"/> has passed since
/// it was stored, then reloaded on the next miss. When <paramref name="capacity"/> entries are held, expired ones are dropped
/// first and, if none had expired, the whole cache is emptied before the new entry goes in, so memory stays bounded
/// whatever the keys. A failed load stores nothing.
/// </summary>
public sealed class ExpiringCache<TValue>(TimeProvider time, TimeSpan lifetime, int capacity, StringComparer? comparer = null)
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Expires)> _entries = new(comparer ?? StringComparer.Ordinal);

    /// <summary>How many entries are held (expired ones included until dropped).</summary>
    public int Count => _entries.Count;

    /// <summary>The unexpired value under <paramref name="key"/>, if any.</summary>
    public bool TryGet(string key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Set(string key, TValue value)
    {
        var now = time.GetUtcNow();
        if (!_entries.ContainsKey(key) && _entries.Count >= capacity)
        {
            foreach (var expired in _entries.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(expired, out _);
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[key] = (value, now + lifetime);
    }

    /// <summary>The cached value, or <paramref name="load"/>'s (stored) on a miss; <c>Cached</c> says which.</summary>
    public async Task<(TValue Value, bool Cached)> GetOrLoadAsync(string key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (TryGet(key, out var cached))
        {
            return (cached, true);
        }

        var value = await load(cancellationToken);
        Set(key, value);
        return (value, false);
    }
}

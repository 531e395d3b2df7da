using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Estate.Azure;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The cache of api-versions and metric definitions is bounded and time-limited.</summary>
public sealed class AzureCacheTests
{
    [Fact]
    public async Task AnEntry_IsServedUntilItsLifetimeEnds_ThenLoadedAgain()
    {
        var time = new FakeTimeProvider();
        var cache = new AzureCache<int>(time, TimeSpan.FromMinutes(10), 8);
        var loads = 0;
        Task<int> Load(CancellationToken _) => Task.FromResult(++loads);

        Assert.Equal(1, await cache.GetOrAddAsync("a", Load, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(1, await cache.GetOrAddAsync("A", Load, CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await cache.GetOrAddAsync("a", Load, CancellationToken.None));
    }

    [Fact]
    public async Task AFullCache_DoesNotGrowBeyondItsCapacity()
    {
        var cache = new AzureCache<string>(new FakeTimeProvider(), TimeSpan.FromHours(1), 2);
        var loads = new List<string>();
        Func<CancellationToken, Task<string>> Load(string key) => _ =>
        {
            loads.Add(key);
            return Task.FromResult(key);
        };

        foreach (var key in new[] { "a", "b", "c", "a", "b", "c" })
        {
            await cache.GetOrAddAsync(key, Load(key), CancellationToken.None);
        }

        Assert.True(cache.Count <= 2);
        Assert.True(loads.Count > 3, "with room for two, three keys cannot all stay cached");
    }
}

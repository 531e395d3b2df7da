using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Caching;

namespace SreBot.Shared.Tests.Caching;

/// <summary>The one cache (api-versions, metric definitions, Entra roles) is bounded and time-limited.</summary>
public sealed class ExpiringCacheTests
{
    [Fact]
    public async Task AnEntry_IsServedUntilItsLifetimeEnds_ThenLoadedAgain()
    {
        var time = new FakeTimeProvider();
        var cache = new ExpiringCache<int>(time, TimeSpan.FromMinutes(10), 8, StringComparer.OrdinalIgnoreCase);
        var loads = 0;
        Task<int> Load(CancellationToken _) => Task.FromResult(++loads);

        Assert.Equal(1, (await cache.GetOrLoadAsync("a", Load, CancellationToken.None)).Value);
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(1, (await cache.GetOrLoadAsync("A", Load, CancellationToken.None)).Value);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await cache.GetOrLoadAsync("a", Load, CancellationToken.None)).Value);
    }

    [Fact]
    public async Task AFullCache_DoesNotGrowBeyondItsCapacity()
    {
        var cache = new ExpiringCache<string>(new FakeTimeProvider(), TimeSpan.FromHours(1), 2);
        var loads = new List<string>();
        Func<CancellationToken, Task<string>> Load(string key) => _ =>
        {
            loads.Add(key);
            return Task.FromResult(key);
        };

        foreach (var key in new[] { "a", "b", "c", "a", "b", "c" })
        {
            await cache.GetOrLoadAsync(key, Load(key), CancellationToken.None);
        }

        Assert.True(cache.Count <= 2);
        Assert.True(loads.Count > 3, "with room for two, three keys cannot all stay cached");
    }
}

using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxLogSearchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Text_MatchesCaseInsensitively()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var lower = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), "outofmemoryexception");
        var exact = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), "OutOfMemoryException");

        Assert.True(lower.TotalMatches > 0);
        Assert.Equal(exact.TotalMatches, lower.TotalMatches);
        Assert.All(lower.Entries, e => Assert.Contains("OutOfMemoryException", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MinimumLevel_DropsLowerLevels()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var all = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1));
        var errors = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), minimumLevel: LogSeverity.Error);

        Assert.Contains(all.Entries, e => e.Level == LogSeverity.Information);
        Assert.True(errors.TotalMatches > 0);
        Assert.True(errors.TotalMatches < all.TotalMatches);
        Assert.All(errors.Entries, e => Assert.True(e.Level >= LogSeverity.Error));
    }

    [Fact]
    public async Task Top_LimitsEntries_NewestFirst_AndTotalCountsEveryMatch()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var top = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), top: 5);

        Assert.Equal(5, top.Entries.Count);
        Assert.True(top.TotalMatches > 100);
        Assert.Equal(top.Entries.OrderByDescending(e => e.TimeGenerated), top.Entries);
        Assert.Equal(SandboxEstate.CheckoutApiId, top.ResourceId);
    }

    [Fact]
    public async Task Window_BoundsTheEntries_AndNothingComesFromTheFuture()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var start = sandbox.Now.AddMinutes(-20);
        var end = sandbox.Now.AddMinutes(-10);

        var window = await sandbox.Estate.SearchLogsAsync(SandboxEstate.CheckoutApiId, new LogSearchQuery(null, LogSeverity.Verbose, start, end, 1_000), None);
        var future = await sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery(null, LogSeverity.Verbose, sandbox.Now.AddMinutes(1), sandbox.Now.AddHours(1), 10), None);

        Assert.NotEmpty(window.Entries);
        Assert.All(window.Entries, e => Assert.InRange(e.TimeGenerated, start, end));
        Assert.Equal(0, future.TotalMatches);
    }

    [Fact]
    public async Task Lines_LookLikeAppServiceLogs()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var logs = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1));

        Assert.Subset(
            new HashSet<string> { "AppServiceHTTPLogs", "AppServiceAppLogs" },
            logs.Entries.Select(e => e.Source).ToHashSet());
        Assert.Contains(logs.Entries, e => e.Source == "AppServiceHTTPLogs" && e.Message.Contains(" 500 ", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Source == "AppServiceHTTPLogs" && e.Message.Contains(" 200 ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_001)]
    public async Task Top_OutOfRange_IsRefused(int top)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), top: top));
    }

    [Fact]
    public async Task EmptyWindow_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery(null, LogSeverity.Verbose, sandbox.Now, sandbox.Now, 10), None));
    }
}

using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxRestartTests
{
    private const double GiB = 1024d * 1024 * 1024;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Restart_ClearsTheLeak_MetricsLogsAndHealthRecover()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var restartedAt = sandbox.Now;

        var result = await sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(30));

        Assert.True(result.Succeeded);
        Assert.Equal(restartedAt, result.CompletedAt);
        await AssertRecoveredAsync(sandbox, restartedAt);
    }

    [Fact]
    public async Task Restart_IsVisibleToANewProcess_OverTheSameDataDirectory()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var restartedAt = sandbox.Now;
        await sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(30));

        await using var second = await sandbox.StartSecondProcessAsync();

        await AssertRecoveredAsync(second, restartedAt);
    }

    [Fact]
    public async Task RestartByAnotherProcess_IsSeenByARunningProvider()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        await using var second = await sandbox.StartSecondProcessAsync();

        await second.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(20));

        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        Assert.Equal("Available", health.AvailabilityState);
    }

    [Fact]
    public async Task History_BeforeTheRestart_StaysAsItWas()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var before = await sandbox.MetricsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(3), TimeSpan.FromMinutes(5), MetricAggregation.Average, "MemoryWorkingSet");
        var start = sandbox.Now.AddHours(-3);
        var end = sandbox.Now;

        await sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromHours(5));
        var after = await sandbox.Estate.QueryMetricsAsync(
            SandboxEstate.CheckoutApiId, new MetricsQuery(["MemoryWorkingSet"], start, end, TimeSpan.FromMinutes(5), MetricAggregation.Average), None);

        Assert.Equal(Values(before), Values(after));
    }

    [Fact]
    public async Task Restart_ShowsBrieflyAsUserInitiatedUnavailability()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromSeconds(20));
        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);

        Assert.Equal(("Unavailable", "UserInitiated"), (health.AvailabilityState, health.ReasonType));
    }

    [Fact]
    public async Task Restart_OfAVirtualMachine_IsRecorded()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.Estate.RestartAsync(SandboxEstate.BatchVmId, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.BatchVmId, sandbox.Now.AddMinutes(-5), sandbox.Now, None);
        var boot = await sandbox.LogsAsync(SandboxEstate.BatchVmId, TimeSpan.FromMinutes(5), "Linux version");

        Assert.True(result.Succeeded);
        Assert.Contains(events, e => e.OperationName == "Microsoft.Compute/virtualMachines/restart/action");
        Assert.Equal(1, boot.TotalMatches);
    }

    [Fact]
    public async Task Restart_OfATypeThatCannotRestart_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.RestartAsync(SandboxEstate.OrdersDatabaseId, None));

        Assert.Contains("Microsoft.Web/sites", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_WithoutWritePermission_IsForbidden_NamingThePermission_AndChangesNothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<EstateForbiddenException>(() => sandbox.Estate.RestartAsync(SandboxEstate.LedgerApiId, None));
        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.LedgerApiId, sandbox.Now.AddMinutes(-1), sandbox.Now, None);

        Assert.Equal("Microsoft.Web/sites/restart/action", error.Permission);
        Assert.Contains("lacks the permission 'Microsoft.Web/sites/restart/action'", error.Message, StringComparison.Ordinal);
        Assert.Contains("so nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.OperationName.EndsWith("/restart/action", StringComparison.Ordinal));
    }

    private static async Task AssertRecoveredAsync(SandboxHarness sandbox, DateTimeOffset restartedAt)
    {
        var memory = await sandbox.Estate.QueryMetricsAsync(
            SandboxEstate.CheckoutApiId,
            new MetricsQuery(["MemoryWorkingSet", "Http5xx"], restartedAt.AddMinutes(-40), sandbox.Now, TimeSpan.FromMinutes(1), MetricAggregation.Average),
            None);
        var workingSet = memory.Metrics[0].Points;
        var errors = memory.Metrics[1].Points;
        Assert.All(workingSet.Where(p => p.TimeStamp >= restartedAt.AddMinutes(-20) && p.TimeStamp < restartedAt.AddMinutes(-1)), p => Assert.True(p.Value > 3.5 * GiB));
        Assert.All(workingSet.Where(p => p.TimeStamp >= restartedAt.AddMinutes(1)), p => Assert.True(p.Value < 1.6 * GiB, $"{p.TimeStamp:HH:mm} {p.Value}"));
        Assert.All(errors.Where(p => p.TimeStamp >= restartedAt.AddMinutes(2)), p => Assert.True(p.Value <= 5, $"{p.TimeStamp:HH:mm} {p.Value}"));

        var oomAfter = await sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery("OutOfMemoryException", LogSeverity.Verbose, restartedAt, sandbox.Now, 10), None);
        var oomBefore = await sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery("OutOfMemoryException", LogSeverity.Verbose, restartedAt.AddMinutes(-30), restartedAt, 10), None);
        Assert.Equal(0, oomAfter.TotalMatches);
        Assert.True(oomBefore.TotalMatches > 0);

        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        Assert.Equal("Available", health.AvailabilityState);
        Assert.InRange(health.OccurredTime, restartedAt, restartedAt.AddMinutes(2));

        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.ShopProdId, restartedAt.AddMinutes(-1), sandbox.Now, None);
        var restart = Assert.Single(events, e => e.OperationName == "Microsoft.Web/sites/restart/action");
        Assert.Equal(restartedAt, restart.EventTimestamp);
        Assert.Equal(SandboxEstate.CheckoutApiId, restart.ResourceId);
    }

    private static List<double?> Values(MetricsResult result) => [.. result.Metrics.SelectMany(s => s.Points).Select(p => p.Value)];
}

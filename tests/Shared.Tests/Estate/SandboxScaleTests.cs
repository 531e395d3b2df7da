using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxScaleTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Scale_ChangesTheInstanceCount_OfTheAppItsPlanAndTheAppsSharingIt()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.Estate.ScaleAsync(SandboxEstate.CheckoutApiId, 5, None);

        Assert.True(result.Succeeded);
        Assert.Contains("from 3 to 5", result.Message, StringComparison.Ordinal);
        Assert.Equal(5, (await sandbox.Estate.GetResourceAsync(SandboxEstate.CheckoutApiId, None))!.InstanceCount);
        Assert.Equal(5, (await sandbox.Estate.GetResourceAsync(SandboxEstate.ShopProdPlanId, None))!.InstanceCount);
        var listed = await sandbox.Estate.ListResourcesAsync(SandboxEstate.ShopProdId, SandboxEstate.SitesType, None);
        Assert.All(listed, r => Assert.Equal(5, r.InstanceCount));
        var staging = await sandbox.Estate.GetResourceAsync(SandboxEstate.CheckoutApiStagingId, None);
        Assert.Equal(1, staging!.InstanceCount);
    }

    [Fact]
    public async Task Scale_AddsAnActivityLogEntry_AndSurvivesANewProcess()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var scaledAt = sandbox.Now;
        await sandbox.Estate.ScaleAsync(SandboxEstate.CheckoutApiId, 6, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));
        await sandbox.Estate.ScaleAsync(SandboxEstate.ShopProdPlanId, 4, None);

        await using var second = await sandbox.StartSecondProcessAsync();
        var events = await second.Estate.ListActivityLogAsync(SandboxEstate.ShopProdId, scaledAt, second.Now, None);
        var planEvents = await second.Estate.ListActivityLogAsync(SandboxEstate.ShopProdPlanId, scaledAt, second.Now, None);

        Assert.Equal(4, (await second.Estate.GetResourceAsync(SandboxEstate.CheckoutApiId, None))!.InstanceCount);
        var scales = events.Where(e => e.OperationName == "Microsoft.Web/serverfarms/write").ToList();
        Assert.Equal(2, scales.Count);
        Assert.Contains("from 6 to 4", scales[0].Description, StringComparison.Ordinal);
        Assert.Contains("from 3 to 6", scales[1].Description, StringComparison.Ordinal);
        Assert.Equal(scaledAt, scales[1].EventTimestamp);
        Assert.Equal(2, planEvents.Count);
    }

    [Fact]
    public async Task Scale_ToTheCurrentCount_ChangesNothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var result = await sandbox.Estate.ScaleAsync(SandboxEstate.CheckoutApiId, 3, None);
        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.ShopProdPlanId, sandbox.Now.AddMinutes(-1), sandbox.Now, None);

        Assert.True(result.Succeeded);
        Assert.Contains("already", result.Message, StringComparison.Ordinal);
        Assert.Empty(events);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(-2)]
    public async Task Scale_OutsideOneToThirty_IsRefused(int instanceCount)
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sandbox.Estate.ScaleAsync(SandboxEstate.CheckoutApiId, instanceCount, None));

        Assert.Contains("between 1 and 30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_OfAVirtualMachine_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.ScaleAsync(SandboxEstate.BatchVmId, 2, None));

        Assert.Contains("Microsoft.Compute/virtualMachines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_WithoutWritePermission_IsForbidden_NamingThePermission_AndChangesNothing()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var error = await Assert.ThrowsAsync<EstateForbiddenException>(() => sandbox.Estate.ScaleAsync(SandboxEstate.LedgerApiId, 4, None));

        Assert.Equal("Microsoft.Web/serverfarms/write", error.Permission);
        Assert.Equal(2, (await sandbox.Estate.GetResourceAsync(SandboxEstate.LedgerApiId, None))!.InstanceCount);
    }

    [Fact]
    public async Task ScaleOut_RelievesCpuSaturation()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.CpuSaturation);
        var before = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var scaledAt = sandbox.Now;

        await sandbox.Estate.ScaleAsync(SandboxEstate.CheckoutApiId, 6, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(15));
        var after = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var cpu = await sandbox.MetricsAsync(SandboxEstate.ShopProdPlanId, TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(1), MetricAggregation.Average, "CpuPercentage");

        Assert.Equal("Degraded", before.AvailabilityState);
        Assert.Equal("Available", after.AvailabilityState);
        var points = Assert.Single(cpu.Metrics).Points;
        Assert.All(points.Where(p => p.TimeStamp < scaledAt.AddMinutes(-1)), p => Assert.True(p.Value > 95, $"{p.TimeStamp:HH:mm} {p.Value}"));
        Assert.All(points.Where(p => p.TimeStamp >= scaledAt && p.Value is not null), p => Assert.True(p.Value < 80, $"{p.TimeStamp:HH:mm} {p.Value}"));
    }
}

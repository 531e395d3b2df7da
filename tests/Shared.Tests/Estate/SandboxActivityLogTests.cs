using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxActivityLogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ResourceGroupScope_CoversItsResources_NewestFirst()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.ShopProdId, sandbox.Now.AddDays(-3), sandbox.Now, None);

        Assert.Contains(events, e => e.ResourceId.Equals(SandboxEstate.CheckoutApiId));
        Assert.Contains(events, e => e.ResourceId.Equals(SandboxEstate.BatchVmId) && e.OperationName == "Microsoft.Compute/virtualMachines/runCommand/action");
        Assert.All(events, e => Assert.True(e.ResourceId.IsWithin(SandboxEstate.ShopProdId)));
        Assert.Equal(events.OrderByDescending(e => e.EventTimestamp), events);
    }

    [Fact]
    public async Task ResourceScope_CoversOnlyThatResource()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.CheckoutApiStagingId, sandbox.Now.AddDays(-3), sandbox.Now, None);

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(SandboxEstate.CheckoutApiStagingId, e.ResourceId));
        Assert.Contains(events, e => e.OperationName == "Microsoft.Web/sites/config/write");
        Assert.Contains(events, e => e.OperationName == "Microsoft.Web/sites/deployments/write" && e.Description.Contains("4.18.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Window_BoundsTheEvents_AndNothingComesFromTheFuture()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var start = sandbox.Now.AddDays(-10);
        var end = sandbox.Now.AddDays(-5);

        var past = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.ShopStagingId, start, end, None);
        var future = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.ShopStagingId, sandbox.Now.AddMinutes(1), sandbox.Now.AddDays(2), None);

        Assert.Equal(10, past.Count);
        Assert.All(past, e => Assert.InRange(e.EventTimestamp, start, end));
        Assert.Empty(future);
    }

    [Fact]
    public async Task SubscriptionScope_IsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var subscription = ResourceId.Parse($"/subscriptions/{SandboxEstate.Subscription}");

        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.ListActivityLogAsync(subscription, sandbox.Now.AddDays(-1), sandbox.Now, None));
    }
}

using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.SandboxOperations;

/// <summary>
/// What every <see cref="ISandboxOperationStore"/> promises, run against each backend: operations read back in order
/// with increasing ids, a scale that changes nothing is not recorded, the previous count comes from the latest scale,
/// and a caller's operations are listed and kept under <see cref="ErasedUser.Marker"/> when erased.
/// </summary>
public abstract class SandboxOperationStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ResourceId App = ResourceId.Parse("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout");
    private static readonly ResourceId Plan = ResourceId.Parse("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/serverfarms/plan-shop");

    private ISandboxOperationStore? _store;

    private ISandboxOperationStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    private protected abstract Task<ISandboxOperationStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Operations_AreReadBackInOrder_WithIncreasingIds()
    {
        var restart = await Store.AppendRestartAsync(App, Start, "alice", Token);
        var scale = await Store.AppendScaleAsync(App, Plan, 2, 4, Start.AddMinutes(1), "bob", Token);

        var log = await Store.ReadAsync(Token);

        Assert.Equal([restart.Id, scale.Operation!.Id], log.Operations.Select(o => o.Id));
        Assert.True(scale.Operation.Id > restart.Id);
        Assert.Equal(scale.Operation.Id, log.LastId);
        Assert.Equal((SandboxOperationKind.Restart, App.Canonical, "alice", Start), (log.Operations[0].Kind, log.Operations[0].Resource.Canonical, log.Operations[0].Caller, log.Operations[0].OccurredAt));
        Assert.Equal((SandboxOperationKind.Scale, Plan.Canonical, 4, 2), (log.Operations[1].Kind, log.Operations[1].ScaleUnit!.Canonical, log.Operations[1].InstanceCount, log.Operations[1].PreviousInstanceCount));
    }

    [Fact]
    public async Task AScale_StartsFromTheLatestCount_AndIsNotRecordedWhenNothingChanges()
    {
        Assert.Equal(2, (await Store.AppendScaleAsync(App, Plan, 2, 4, Start, "alice", Token)).PreviousInstanceCount);

        var again = await Store.AppendScaleAsync(App, Plan, 2, 4, Start.AddMinutes(1), "alice", Token);
        var down = await Store.AppendScaleAsync(App, Plan, 2, 3, Start.AddMinutes(2), "alice", Token);

        Assert.Equal((4, null), (again.PreviousInstanceCount, again.Operation));
        Assert.Equal(4, down.PreviousInstanceCount);
        Assert.Equal(2, (await Store.ReadAsync(Token)).Operations.Count);
    }

    [Fact]
    public async Task ACallersOperations_AreListed_AndErasingKeepsThemUnderTheMarker()
    {
        await Store.AppendRestartAsync(App, Start, "alice", Token);
        await Store.AppendRestartAsync(App, Start.AddMinutes(1), "bob", Token);
        await Store.AppendScaleAsync(App, Plan, 2, 5, Start.AddMinutes(2), "alice", Token);

        Assert.Equal([SandboxOperationKind.Restart, SandboxOperationKind.Scale], (await Store.OperationsByAsync("alice", Token)).Select(o => o.Kind));
        Assert.Equal(2, await Store.EraseCallerAsync("alice", Token));

        Assert.Empty(await Store.OperationsByAsync("alice", Token));
        Assert.Equal(2, (await Store.OperationsByAsync(ErasedUser.Marker, Token)).Count);
        Assert.Single(await Store.OperationsByAsync("bob", Token));
        Assert.Equal(0, await Store.EraseCallerAsync("alice", Token));
    }
}

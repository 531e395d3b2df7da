using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Estate.SandboxOperations;

/// <summary>
/// What every <see cref="ISandboxOperationStore"/> promises, run against each backend: operations read back in order
/// with increasing ids, a scale that changes nothing is not recorded, the previous count comes from the latest scale,
/// and a caller's operations are listed and kept under <see cref="ErasedUser.Marker"/> when erased; and, with a second store
/// over the same database (another replica, its own connections and its own read snapshot), that what one appends the
/// other's next read has, and that racing scales still chain their counts.
/// </summary>
public abstract class SandboxOperationStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ResourceId App = ResourceId.Parse("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout");
    private static readonly ResourceId Plan = ResourceId.Parse("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/serverfarms/plan-shop");

    private const int Races = 20;

    private ISandboxOperationStore? _store;

    private ISandboxOperationStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    private protected abstract Task<ISandboxOperationStore> CreateStoreAsync();

    /// <summary>A second store over the database of <see cref="CreateStoreAsync"/>, with its own connections, as another replica has it.</summary>
    private protected abstract Task<ISandboxOperationStore> CreateReplicaAsync();

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

    [Fact]
    public async Task AnOperationAppendedOnOneReplica_IsInTheOthersNextRead()
    {
        var replica = await CreateReplicaAsync();
        Assert.Empty((await replica.ReadAsync(Token)).Operations);

        var restart = await Store.AppendRestartAsync(App, Start, "alice", Token);
        Assert.Equal([restart.Id], (await replica.ReadAsync(Token)).Operations.Select(o => o.Id));
        var scale = (await replica.AppendScaleAsync(App, Plan, 2, 4, Start.AddMinutes(1), "bob", Token)).Operation!;

        Assert.Equal([restart.Id, scale.Id], (await Store.ReadAsync(Token)).Operations.Select(o => o.Id));
        Assert.Equal(4, (await Store.AppendScaleAsync(App, Plan, 2, 5, Start.AddMinutes(2), "alice", Token)).PreviousInstanceCount);
    }

    [Fact]
    public async Task ScalesToOneCountRacingOnBothReplicas_RecordTheChangeOnce_AndTheLoserSeesIt()
    {
        var replica = await CreateReplicaAsync();
        for (var race = 0; race < Races; race++)
        {
            var count = 3 + race;
            var at = Start.AddMinutes(race);

            var (here, there) = await Race.RunAsync(
                () => Store.AppendScaleAsync(App, Plan, 2, count, at, "alice", Token),
                () => replica.AppendScaleAsync(App, Plan, 2, count, at, "bob", Token));

            var (winner, loser) = here.Operation is null ? (there, here) : (here, there);
            Assert.Equal((race == 0 ? 2 : count - 1, count), (winner.PreviousInstanceCount, winner.Operation?.InstanceCount));
            Assert.Equal((count, null), (loser.PreviousInstanceCount, loser.Operation));
        }

        Assert.Equal(Races, (await replica.ReadAsync(Token)).Operations.Count);
    }

    [Fact]
    public async Task ReadersOnBothReplicas_WhileBothAppend_MissNoOperation_AndScalesChainTheirCounts()
    {
        var replica = await CreateReplicaAsync();
        var stores = new[] { Store, replica };
        var appending = new CancellationTokenSource();

        var readers = stores.Select(store => Task.Run(async () =>
        {
            while (!appending.IsCancellationRequested)
            {
                await store.ReadAsync(Token);
            }
        })).ToArray();
        var appended = await Race.RunAsync(Enumerable.Range(0, 4 * Races).Select(i => new Func<Task<SandboxOperation?>>(async () => i % 2 == 0
            ? await stores[i % 4 / 2].AppendRestartAsync(App, Start, $"caller-{i % 4 / 2}", Token)
            : (await stores[i % 4 / 2].AppendScaleAsync(App, Plan, 2, 3 + (i % 5), Start, $"caller-{i % 4 / 2}", Token)).Operation)));
        await appending.CancelAsync();
        await Task.WhenAll(readers);

        var all = (await Store.OperationsByAsync("caller-0", Token)).Concat(await Store.OperationsByAsync("caller-1", Token)).OrderBy(o => o.Id).ToList();
        Assert.Equal(appended.OfType<SandboxOperation>().Select(o => o.Id).Order(), all.Select(o => o.Id));
        foreach (var store in stores)
        {
            Assert.Equal(all.Select(o => o.Id), (await store.ReadAsync(Token)).Operations.Select(o => o.Id));
        }

        var previous = 2;
        foreach (var scale in all.Where(o => o.Kind == SandboxOperationKind.Scale))
        {
            Assert.Equal(previous, scale.PreviousInstanceCount);
            Assert.NotEqual(previous, scale.InstanceCount);
            previous = scale.InstanceCount!.Value;
        }
    }
}

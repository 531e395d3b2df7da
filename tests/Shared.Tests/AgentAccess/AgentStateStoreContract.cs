using SreBot.Shared.AgentAccess;
using SreBot.Shared.Policy;
using SreBot.Shared.Privacy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.AgentAccess;

/// <summary>
/// What every <see cref="IAgentStateStore"/> promises, run against each backend (seeded as on a first start): the mode
/// with who set it, resource groups added once and removed by any spelling, and the changes that carry a user's id,
/// which erasure keeps under <see cref="ErasedUser.Marker"/>.
/// </summary>
public abstract class AgentStateStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ResourceId Payments = ResourceId.Parse("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-Payments");

    private IAgentStateStore? _store;

    private IAgentStateStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over a backend seeded as on a first start.</summary>
    protected abstract Task<IAgentStateStore> CreateSeededStoreAsync();

    public async Task InitializeAsync() => _store = await CreateSeededStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task AFreshAgent_IsInReaderMode_SetByNobody()
    {
        var state = await Store.GetStateAsync(Token);

        Assert.Equal((AccessMode.Reader, null, null), (state.Mode, state.ModeChangedBy, state.ModeChangedAt));
        Assert.Equal(AccessMode.Reader, (await Store.GetScopeAsync(Token)).Mode);
    }

    [Fact]
    public async Task TheMode_IsStoredWithWhoSetItAndWhen()
    {
        await Store.SetModeAsync(AccessMode.Privileged, "alice", Start, Token);

        var state = await Store.GetStateAsync(Token);

        Assert.Equal((AccessMode.Privileged, "alice", Start), (state.Mode, state.ModeChangedBy, state.ModeChangedAt));
        Assert.Equal(AccessMode.Privileged, (await Store.GetScopeAsync(Token)).Mode);
    }

    [Fact]
    public async Task AResourceGroup_IsAddedOnce_AndRemovedByAnySpelling()
    {
        Assert.True(await Store.AddResourceGroupAsync(Payments, "alice", Start, Token));
        Assert.False(await Store.AddResourceGroupAsync(ResourceId.Parse(Payments.Display.ToUpperInvariant()), "bob", Start, Token));
        Assert.Contains(Payments.Canonical, (await Store.GetScopeAsync(Token)).ResourceGroups.Select(g => g.Canonical));

        Assert.True(await Store.RemoveResourceGroupAsync(ResourceId.Parse(Payments.Display.ToLowerInvariant()), Token));
        Assert.False(await Store.RemoveResourceGroupAsync(Payments, Token));
        Assert.DoesNotContain(Payments.Canonical, (await Store.GetStateAsync(Token)).ResourceGroups.Select(g => g.Canonical));
    }

    [Fact]
    public async Task AUsersChanges_AreTheModeTheySetAndTheGroupsTheyAdded()
    {
        await Store.SetModeAsync(AccessMode.Privileged, "alice", Start, Token);
        await Store.AddResourceGroupAsync(Payments, "alice", Start.AddMinutes(1), Token);
        await Store.AddResourceGroupAsync(ResourceId.Parse("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-bob"), "bob", Start, Token);

        Assert.Equal([new AgentChange("mode", "Privileged", Start), new AgentChange("resourceGroupAdded", Payments.Display, Start.AddMinutes(1))],
            (await Store.ChangesByAsync("alice", Token)).OrderBy(c => c.Change, StringComparer.Ordinal));
        Assert.Empty(await Store.ChangesByAsync("carol", Token));
    }

    [Fact]
    public async Task ErasingAnActor_KeepsTheirChanges_UnderTheMarker()
    {
        await Store.SetModeAsync(AccessMode.Privileged, "alice", Start, Token);
        await Store.AddResourceGroupAsync(Payments, "alice", Start, Token);

        Assert.Equal(2, await Store.EraseActorAsync("alice", Token));

        Assert.Empty(await Store.ChangesByAsync("alice", Token));
        Assert.Equal(2, (await Store.ChangesByAsync(ErasedUser.Marker, Token)).Count);
        var state = await Store.GetStateAsync(Token);
        Assert.Equal((AccessMode.Privileged, ErasedUser.Marker), (state.Mode, state.ModeChangedBy));
        Assert.Contains(Payments.Canonical, state.ResourceGroups.Select(g => g.Canonical));
        Assert.Equal(0, await Store.EraseActorAsync("alice", Token));
    }
}

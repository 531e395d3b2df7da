using SreBot.Shared.Approvals;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Tests.Approvals.Store;

/// <summary>
/// What every <see cref="IApprovalStore"/> promises, run against each backend: a request read back whole with its history,
/// one decision and one execution claim, expiry on the given clock, bulk cancellation by requester, and the reads and
/// erasure that personal data uses.
/// </summary>
public abstract class ApprovalStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private const string Target = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout";

    private IApprovalStore? _store;
    private int _next;

    private IApprovalStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<IApprovalStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task ARequest_IsReadBackWhole_AndPending()
    {
        var created = await RequestAsync("alice");

        var read = await Store.GetAsync(created.Id, Token);

        Assert.NotNull(read);
        Assert.Equal((ApprovalStatus.Pending, "resource_restart", Target, "alice", "because alice", "hash-1"),
            (read.Status, read.Tool, read.TargetResourceId, read.RequestedBy, read.Reason, read.BindingHash));
        Assert.Equal(["operator"], read.RequesterRoles);
        Assert.Equal(["operator"], read.RevocableRoles!);
        Assert.Equal([new ApprovalEvent(created.CreatedAt, "requested", "alice", "because alice")], read.History);
        Assert.Null(await Store.GetAsync("apr_missing", Token));
    }

    [Fact]
    public async Task ARequest_IsDecidedOnce_AndExecutionIsClaimedOnce()
    {
        var approval = await RequestAsync("alice");

        Assert.Equal(DecisionTransition.Decided, await Store.TryDecideAsync(approval.Id, true, "bob", "ok", Start.AddMinutes(1), Token));
        Assert.Equal(DecisionTransition.AlreadyDecided, await Store.TryDecideAsync(approval.Id, false, "carol", null, Start.AddMinutes(1), Token));
        Assert.Equal(DecisionTransition.NotFound, await Store.TryDecideAsync("apr_missing", true, "bob", null, Start, Token));
        Assert.True(await Store.TryClaimExecutionAsync(approval.Id, Start.AddMinutes(2), Token));
        Assert.False(await Store.TryClaimExecutionAsync(approval.Id, Start.AddMinutes(2), Token));
        await Store.CompleteExecutionAsync(approval.Id, true, "restarted", Start.AddMinutes(3), Token);

        var done = (await Store.GetAsync(approval.Id, Token))!;
        Assert.Equal((ApprovalStatus.Executed, "bob", "ok", "restarted"), (done.Status, done.DecidedBy, done.DecisionComment, done.Result));
    }

    [Fact]
    public async Task ARequestPastItsExpiry_CannotBeDecided_AndExpiresInTheSweep()
    {
        var approval = await RequestAsync("alice");

        Assert.Equal(DecisionTransition.Expired, await Store.TryDecideAsync(approval.Id, true, "bob", null, Start.AddHours(2), Token));
        var other = await RequestAsync("alice");
        Assert.Empty(await Store.ExpireDueAsync(Start.AddMinutes(30), Token));
        Assert.Equal([other.Id], await Store.ExpireDueAsync(Start.AddHours(2), Token));
        Assert.Equal(ApprovalStatus.Expired, (await Store.GetAsync(other.Id, Token))!.Status);
    }

    [Fact]
    public async Task CancellingARequestersOpenRequests_LeavesOthersAndDecidedOnes()
    {
        var open = await RequestAsync("alice");
        var decided = await RequestAsync("alice");
        var bobs = await RequestAsync("bob");
        await Store.TryDecideAsync(decided.Id, false, "bob", null, Start.AddMinutes(1), Token);

        Assert.Equal([open.Id], await Store.CancelOpenRequestedByAsync("alice", "system", "roles changed", Start.AddMinutes(2), Token));

        Assert.Equal(ApprovalStatus.Cancelled, (await Store.GetAsync(open.Id, Token))!.Status);
        Assert.Equal(ApprovalStatus.Rejected, (await Store.GetAsync(decided.Id, Token))!.Status);
        Assert.Equal([bobs.Id], (await Store.ListAsync(ApprovalStatus.Pending, 10, Token)).Select(a => a.Id));
    }

    [Fact]
    public async Task TheApprovalsInvolvingAUser_AreThoseTheyRequestedDecidedOrTookPartIn_OldestFirst()
    {
        var requested = await RequestAsync("alice");
        var decided = await RequestAsync("bob");
        var commented = await RequestAsync("carol");
        await RequestAsync("dave");
        await Store.TryDecideAsync(decided.Id, true, "alice", "fine", Start.AddMinutes(1), Token);
        await Store.AddEventAsync(commented.Id, new ApprovalEvent(Start.AddMinutes(1), "refused", "alice", "not me"), Token);

        Assert.Equal([requested.Id, decided.Id, commented.Id], (await Store.ListInvolvingAsync("alice", Token)).Select(a => a.Id));
        Assert.Empty(await Store.ListInvolvingAsync("erin", Token));
    }

    [Fact]
    public async Task ErasingAUser_DeletesTheirRequests_AndUnlinksThemFromOthers()
    {
        var own = await RequestAsync("alice");
        var decided = await RequestAsync("bob");
        await Store.TryDecideAsync(decided.Id, true, "alice", "fine", Start.AddMinutes(1), Token);

        Assert.Equal(2, await Store.EraseUserAsync("alice", Token));

        Assert.Null(await Store.GetAsync(own.Id, Token));
        var kept = (await Store.GetAsync(decided.Id, Token))!;
        Assert.Equal((ErasedUser.Marker, null), (kept.DecidedBy, kept.DecisionComment));
        Assert.DoesNotContain(kept.History, e => e.Actor == "alice" || e.Comment == "fine");
        Assert.Empty(await Store.ListInvolvingAsync("alice", Token));
    }

    /// <summary>A restart request by <paramref name="requester"/>, a minute after the previous one, expiring an hour after <see cref="Start"/>.</summary>
    private Task<Approval> RequestAsync(string requester)
    {
        _next++;
        var request = new ApprovalRequest("resource_restart", "{}", Target, "because " + requester, requester, ["operator"], ["operator"]);
        return Store.CreateAsync($"apr_{_next:D4}", request, "hash-1", Start.AddMinutes(_next), Start.AddHours(1), Token);
    }
}

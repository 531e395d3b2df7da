using SreBot.Shared.Approvals;
using SreBot.Shared.Privacy;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Approvals.Store;

/// <summary>
/// What every <see cref="IApprovalStore"/> promises, run against each backend: a request read back whole with its history,
/// one decision and one execution claim, expiry on the given clock, bulk cancellation by requester, and the reads and
/// erasure that personal data uses; and, with a second store over the same database (another replica, its own connections),
/// that racing transitions move each approval once and log it once.
/// </summary>
public abstract class ApprovalStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private const int Races = 20;
    private const string Target = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout";

    private IApprovalStore? _store;
    private int _next;

    private IApprovalStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<IApprovalStore> CreateStoreAsync();

    /// <summary>A second store over the database of <see cref="CreateStoreAsync"/>, with its own connections, as another replica has it.</summary>
    protected abstract Task<IApprovalStore> CreateReplicaAsync();

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
    public async Task AMotivation_IsRecordedOnce_ForAPendingRequestByItsRequester_AndReadBack()
    {
        var approval = await RequestAsync("alice");
        Assert.Null(approval.Motivation);

        Assert.False(await Store.TrySetMotivationAsync(approval.Id, "mallory", "not hers", Token));
        Assert.True(await Store.TrySetMotivationAsync(approval.Id, "alice", "Memory grew 1.5 GB → 5 GB in an hour.", Token));
        Assert.False(await Store.TrySetMotivationAsync(approval.Id, "alice", "a second one", Token));
        Assert.False(await Store.TrySetMotivationAsync("apr_missing", "alice", "none", Token));

        Assert.Equal("Memory grew 1.5 GB → 5 GB in an hour.", (await Store.GetAsync(approval.Id, Token))!.Motivation);
        Assert.Equal("Memory grew 1.5 GB → 5 GB in an hour.", Assert.Single(await Store.ListInvolvingAsync("alice", Token)).Motivation);

        var decided = await RequestAsync("alice");
        await Store.TryDecideAsync(decided.Id, false, "bob", null, Start.AddMinutes(5), Token);
        Assert.False(await Store.TrySetMotivationAsync(decided.Id, "alice", "too late", Token));
        Assert.Null((await Store.GetAsync(decided.Id, Token))!.Motivation);
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

    [Fact]
    public async Task TwoReplicasDecidingOnePendingApproval_OneDecisionWins_AndOnlyItIsLogged()
    {
        var replica = await CreateReplicaAsync();
        for (var race = 0; race < Races; race++)
        {
            var approval = await RequestAsync("alice");

            var (approved, rejected) = await Race.RunAsync(
                () => Store.TryDecideAsync(approval.Id, true, "bob", "go", Start.AddMinutes(30), Token),
                () => replica.TryDecideAsync(approval.Id, false, "carol", "no", Start.AddMinutes(30), Token));

            Assert.Equal([DecisionTransition.Decided, DecisionTransition.AlreadyDecided], new[] { approved, rejected }.Order());
            var decided = (await replica.GetAsync(approval.Id, Token))!;
            Assert.Equal(approved == DecisionTransition.Decided ? (ApprovalStatus.Approved, "bob") : (ApprovalStatus.Rejected, "carol"), (decided.Status, decided.DecidedBy));
            Assert.Equal(["requested", approved == DecisionTransition.Decided ? "approved" : "rejected"], decided.History.Select(e => e.Kind));
        }
    }

    [Fact]
    public async Task TwoReplicasDecidingAnOverdueApproval_BothHearItExpired_AndItIsExpiredOnce()
    {
        var replica = await CreateReplicaAsync();
        for (var race = 0; race < Races; race++)
        {
            var approval = await RequestAsync("alice");

            var (first, second) = await Race.RunAsync(
                () => Store.TryDecideAsync(approval.Id, true, "bob", null, Start.AddHours(2), Token),
                () => replica.TryDecideAsync(approval.Id, true, "carol", null, Start.AddHours(2), Token));

            Assert.Equal((DecisionTransition.Expired, DecisionTransition.Expired), (first, second));
            var expired = (await Store.GetAsync(approval.Id, Token))!;
            Assert.Equal((ApprovalStatus.Expired, null), (expired.Status, expired.DecidedBy));
            Assert.Equal(["requested", "expired"], expired.History.Select(e => e.Kind));
        }
    }

    [Fact]
    public async Task ADecisionRacingTheOtherReplicasExpirySweep_MovesTheApprovalOnce()
    {
        var replica = await CreateReplicaAsync();
        for (var race = 0; race < Races; race++)
        {
            var approval = await RequestAsync("alice");

            // The replicas' clocks disagree: to the decider the request is still open, to the sweep it is overdue.
            var (decision, swept) = await Race.RunAsync(
                () => Store.TryDecideAsync(approval.Id, true, "bob", null, Start.AddMinutes(59), Token),
                () => replica.ExpireDueAsync(Start.AddHours(2), Token));

            var after = (await Store.GetAsync(approval.Id, Token))!;
            if (decision == DecisionTransition.Decided)
            {
                Assert.Empty(swept);
                Assert.Equal(ApprovalStatus.Approved, after.Status);
                Assert.Equal(["requested", "approved"], after.History.Select(e => e.Kind));
            }
            else
            {
                Assert.Equal(DecisionTransition.Expired, decision);
                Assert.Equal([approval.Id], swept);
                Assert.Equal(ApprovalStatus.Expired, after.Status);
                Assert.Equal(["requested", "expired"], after.History.Select(e => e.Kind));
            }
        }
    }

    [Fact]
    public async Task TwoReplicasSweepingTogether_ExpireEachApprovalOnce()
    {
        var replica = await CreateReplicaAsync();
        var due = new List<string>();
        for (var i = 0; i < Races; i++)
        {
            due.Add((await RequestAsync("alice")).Id);
        }

        var (here, there) = await Race.RunAsync(() => Store.ExpireDueAsync(Start.AddHours(2), Token), () => replica.ExpireDueAsync(Start.AddHours(2), Token));

        Assert.Empty(here.Intersect(there));
        Assert.Equal(due.Order(StringComparer.Ordinal), here.Concat(there).Order(StringComparer.Ordinal));
        foreach (var id in due)
        {
            Assert.Equal(["requested", "expired"], (await Store.GetAsync(id, Token))!.History.Select(e => e.Kind));
        }
    }

    [Fact]
    public async Task TwentyApprovalsDecidedAndClaimedOnBothReplicasAtOnce_EachTransitionOnce()
    {
        var replica = await CreateReplicaAsync();
        var approvals = new List<Approval>();
        for (var i = 0; i < Races; i++)
        {
            approvals.Add(await RequestAsync("alice"));
        }

        var decisions = await Race.RunAsync(approvals.SelectMany(a => new Func<Task<(string Id, DecisionTransition Transition)>>[]
        {
            async () => (a.Id, await Store.TryDecideAsync(a.Id, true, "bob", null, Start.AddMinutes(30), Token)),
            async () => (a.Id, await replica.TryDecideAsync(a.Id, true, "carol", null, Start.AddMinutes(30), Token)),
        }));
        var claims = await Race.RunAsync(approvals.SelectMany(a => new Func<Task<(string Id, bool Claimed)>>[]
        {
            async () => (a.Id, await Store.TryClaimExecutionAsync(a.Id, Start.AddMinutes(31), Token)),
            async () => (a.Id, await replica.TryClaimExecutionAsync(a.Id, Start.AddMinutes(31), Token)),
        }));

        foreach (var approval in approvals)
        {
            Assert.Single(decisions, d => d.Id == approval.Id && d.Transition == DecisionTransition.Decided);
            Assert.Single(claims, c => c.Id == approval.Id && c.Claimed);
            var read = (await Store.GetAsync(approval.Id, Token))!;
            Assert.Equal(ApprovalStatus.Executing, read.Status);
            Assert.Equal(["requested", "approved", "executing"], read.History.Select(e => e.Kind));
        }
    }

    /// <summary>A restart request by <paramref name="requester"/>, a minute after the previous one, expiring an hour after <see cref="Start"/>.</summary>
    private Task<Approval> RequestAsync(string requester)
    {
        _next++;
        var request = new ApprovalRequest("resource_restart", "{}", Target, "because " + requester, requester, ["operator"], ["operator"]);
        return Store.CreateAsync($"apr_{_next:D4}", request, "hash-1", Start.AddMinutes(_next), Start.AddHours(1), Token);
    }
}

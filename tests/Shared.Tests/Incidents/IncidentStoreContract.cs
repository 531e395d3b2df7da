using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Incidents;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Incidents;

/// <summary>
/// What every <see cref="IIncidentStore"/> promises, run against each backend: an alert starts an incident; the same alert
/// repeats in it; another alert on the same resource within the window joins it; resolved alerts resolve it once none fires;
/// out-of-scope incidents are kept apart from investigation; replicas recording the same alert at once make one incident.
/// </summary>
public abstract class IncidentStoreContract : IAsyncLifetime
{
    private const string App = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";
    private const string Vm = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Compute/virtualMachines/vm-batch-01";
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    private IIncidentStore? _store;

    protected FakeTimeProvider Time { get; } = new(Start);

    private IIncidentStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    protected abstract Task<IIncidentStore> CreateStoreAsync(TimeProvider time);

    protected abstract Task<IIncidentStore> StartReplicaAsync(TimeProvider time);

    public async Task InitializeAsync() => _store = await CreateStoreAsync(Time);

    public abstract Task DisposeAsync();

    private static IncidentAlert Alert(string key, string resource = App, bool firing = true, bool inScope = true, string name = "HighMemory")
        => new("alertmanager", key, name, "critical", resource, firing, "Memory above 90%", inScope);

    private Task<IncidentRecording?> RecordAsync(IncidentAlert alert) => Store.RecordAlertAsync(alert, Time.GetUtcNow(), Window, Token);

    [Fact]
    public async Task AFiringAlert_StartsAnIncident_ThatAwaitsItsInvestigation_InItsOwnThread()
    {
        var recorded = await RecordAsync(Alert("fp1"));

        Assert.Equal(IncidentChange.Created, recorded!.Change);
        var incident = recorded.Incident;
        Assert.StartsWith("inc_", incident.Id, StringComparison.Ordinal);
        Assert.Equal((IncidentStatus.Investigating, "critical", "HighMemory", App, IncidentPlans.Default), (incident.Status, incident.Severity, incident.Title, incident.ResourceId, incident.Plan));
        Assert.True(incident.AwaitsInvestigation);
        Assert.Equal(IncidentThreads.ThreadIdFor(incident.Id), incident.ThreadId);
        var alert = Assert.Single(incident.Alerts);
        Assert.Equal(("fp1", IncidentAlertState.Firing, 1, Start, Start, "Memory above 90%"), (alert.DedupeKey, alert.Status, alert.Count, alert.FirstSeen, alert.LastSeen, alert.Summary));
        var read = (await Store.GetAsync(incident.Id, Token))!;
        Assert.Equal(incident with { Alerts = [] }, read with { Alerts = [] });
        Assert.Equal(incident.Alerts, read.Alerts);
    }

    [Fact]
    public async Task TheSameAlertAgain_WhileTheIncidentIsOpen_CountsInIt_InsteadOfANewIncident()
    {
        var first = await RecordAsync(Alert("fp1"));
        Time.Advance(TimeSpan.FromHours(2)); // outside the grouping window: the dedupe key still matches
        var again = await RecordAsync(Alert("fp1"));

        Assert.Equal((IncidentChange.Repeated, first!.Incident.Id), (again!.Change, again.Incident.Id));
        var alert = Assert.Single(again.Incident.Alerts);
        Assert.Equal((2, Start, Start.AddHours(2)), (alert.Count, alert.FirstSeen, alert.LastSeen));
        Assert.Single(await Store.ListAsync(null, 50, Token));
    }

    [Fact]
    public async Task AnotherAlertOnTheSameResource_JoinsTheIncident_WithinTheWindowOnly_IgnoringCase()
    {
        var first = await RecordAsync(Alert("fp1"));
        Time.Advance(TimeSpan.FromMinutes(29));
        var grouped = await RecordAsync(Alert("fp2", App.ToUpperInvariant(), name: "Http5xx"));
        var otherResource = await RecordAsync(Alert("fp3", Vm));
        Time.Advance(TimeSpan.FromMinutes(31));
        var late = await RecordAsync(Alert("fp4"));

        Assert.Equal((IncidentChange.Grouped, first!.Incident.Id), (grouped!.Change, grouped.Incident.Id));
        Assert.Equal(["fp1", "fp2"], grouped.Incident.Alerts.Select(a => a.DedupeKey));
        Assert.Equal(IncidentChange.Created, otherResource!.Change);
        Assert.Equal(IncidentChange.Created, late!.Change);
        Assert.Equal(3, (await Store.ListAsync(null, 50, Token)).Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public async Task ResolvedAlerts_ResolveTheIncident_OnceNoneOfItsAlertsFires()
    {
        var incident = (await RecordAsync(Alert("fp1")))!.Incident;
        await RecordAsync(Alert("fp2"));
        Time.Advance(TimeSpan.FromMinutes(5));

        var one = await RecordAsync(Alert("fp1", firing: false));
        Assert.Equal((IncidentChange.AlertResolved, IncidentStatus.Investigating, null), (one!.Change, one.Incident.Status, one.Incident.ClosedAt));

        var both = await RecordAsync(Alert("fp2", firing: false));
        Assert.Equal((IncidentChange.Resolved, IncidentStatus.Resolved, Time.GetUtcNow()), (both!.Change, both.Incident.Status, both.Incident.ClosedAt));
        Assert.All(both.Incident.Alerts, a => Assert.Equal(IncidentAlertState.Resolved, a.Status));
        Assert.Equal(incident.Id, both.Incident.Id);

        // A resolved incident takes no more alerts: the same alert firing again starts a new one.
        var refired = await RecordAsync(Alert("fp1"));
        Assert.Equal(IncidentChange.Created, refired!.Change);
        Assert.NotEqual(incident.Id, refired.Incident.Id);
    }

    [Fact]
    public async Task AResolvedAlert_OfNoOpenIncident_ChangesNothing()
    {
        Assert.Null(await RecordAsync(Alert("fp-unknown", firing: false)));
        Assert.Empty(await Store.ListAsync(null, 50, Token));
    }

    [Fact]
    public async Task AnOutOfScopeAlert_StartsAnIncidentMarkedOutOfScope_ThatIsNotInvestigated_AndStaysSoWhenResolved()
    {
        var recorded = await RecordAsync(Alert("fp1", inScope: false));
        Assert.Equal(IncidentStatus.OutOfScope, recorded!.Incident.Status);
        Assert.False(recorded.Incident.AwaitsInvestigation);

        Assert.Equal(IncidentChange.Repeated, (await RecordAsync(Alert("fp1", inScope: false)))!.Change);
        var resolved = await RecordAsync(Alert("fp1", firing: false, inScope: false));
        Assert.Equal((IncidentChange.Resolved, IncidentStatus.OutOfScope), (resolved!.Change, resolved.Incident.Status));
        Assert.NotNull(resolved.Incident.ClosedAt);
    }

    [Fact]
    public async Task TheInvestigation_IsRecorded_AndOpensAnInvestigatingIncident_ButLeavesAResolvedOneResolved()
    {
        var open = (await RecordAsync(Alert("fp1")))!.Incident;
        var resolved = (await RecordAsync(Alert("fp9", Vm)))!.Incident;
        await RecordAsync(Alert("fp9", Vm, firing: false));
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await Store.RecordInvestigationAsync(open.Id, "Memory leak.", "tr_1", IncidentStatus.Open, Time.GetUtcNow(), Token));
        Assert.True(await Store.RecordInvestigationAsync(resolved.Id, "Healthy.", "tr_2", IncidentStatus.Open, Time.GetUtcNow(), Token));
        Assert.False(await Store.RecordInvestigationAsync("inc_missing", "x", null, IncidentStatus.Open, Time.GetUtcNow(), Token));

        var afterOpen = (await Store.GetAsync(open.Id, Token))!;
        Assert.Equal((IncidentStatus.Open, "Memory leak.", "tr_1", Time.GetUtcNow()), (afterOpen.Status, afterOpen.Verdict, afterOpen.TraceId, afterOpen.UpdatedAt));
        Assert.False(afterOpen.AwaitsInvestigation);
        Assert.Equal((IncidentStatus.Resolved, "tr_2"), ((await Store.GetAsync(resolved.Id, Token))!.Status, (await Store.GetAsync(resolved.Id, Token))!.TraceId));
    }

    [Fact]
    public async Task TheList_IsNewestChangeFirst_FiltersByStatus_AndHonoursTheLimit()
    {
        var a = (await RecordAsync(Alert("fp1")))!.Incident;
        Time.Advance(TimeSpan.FromMinutes(1));
        var b = (await RecordAsync(Alert("fp2", Vm)))!.Incident;
        Time.Advance(TimeSpan.FromMinutes(1));
        var c = (await RecordAsync(Alert("fp3", App + "-other", inScope: false)))!.Incident;

        Assert.Equal([c.Id, b.Id, a.Id], (await Store.ListAsync(null, 50, Token)).Select(i => i.Id));
        Assert.Equal([c.Id, b.Id], (await Store.ListAsync(null, 2, Token)).Select(i => i.Id));
        Assert.Equal([c.Id], (await Store.ListAsync(IncidentStatus.OutOfScope, 50, Token)).Select(i => i.Id));
        Assert.Null(await Store.GetAsync("inc_missing", Token));
    }

    [Fact]
    public async Task Retention_DeletesTheIncidentsLastChangedBeforeTheCutoff_WithTheirAlerts()
    {
        var old = (await RecordAsync(Alert("fp1")))!.Incident;
        Time.Advance(TimeSpan.FromDays(10));
        var recent = (await RecordAsync(Alert("fp2", Vm)))!.Incident;

        Assert.Equal(1, await Store.DeleteChangedBeforeAsync(Start.AddDays(5), Token));
        Assert.Null(await Store.GetAsync(old.Id, Token));
        Assert.NotNull(await Store.GetAsync(recent.Id, Token));
        // The deleted incident's alert went with it: the same key starts a new incident.
        Assert.Equal(IncidentChange.Created, (await RecordAsync(Alert("fp1")))!.Change);
    }

    [Fact]
    public async Task TwoReplicasRecordingTheSameAlertsAtOnce_MakeOneIncidentPerResource()
    {
        var replica = await StartReplicaAsync(Time);
        var racers = Enumerable.Range(0, 8).Select(i => (Func<Task<IncidentRecording?>>)(() =>
            (i % 2 == 0 ? Store : replica).RecordAlertAsync(Alert(i < 4 ? "fp1" : "fp2"), Start, Window, Token)));

        var results = await Race.RunAsync(racers);

        Assert.Single(results.Select(r => r!.Incident.Id).Distinct());
        Assert.Single(results, r => r!.Change == IncidentChange.Created);
        var incident = (await Store.ListAsync(null, 50, Token)).Single();
        Assert.Equal(8, incident.Alerts.Sum(a => a.Count));
    }
}

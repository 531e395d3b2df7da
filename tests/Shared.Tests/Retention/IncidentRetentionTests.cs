using SreBot.Shared.Incidents;
using SreBot.Shared.Retention;
using SreBot.Shared.Tests.Audit;

namespace SreBot.Shared.Tests.Retention;

/// <summary><c>Retention:IncidentsDays</c>: the retention pass deletes incidents last changed before the cut-off, and records it.</summary>
public sealed class IncidentRetentionTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static IncidentAlert Alert(string key, string resource)
        => new("alertmanager", key, "HighMemory", "critical", resource, Firing: true, Summary: null, InScope: true);

    [Fact]
    public async Task APass_DeletesIncidentsLastChangedBeforeThePolicy_AndKeepsNewerOnes()
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, new Dictionary<string, string?> { ["Retention:IncidentsDays"] = "30" });
        var incidents = host.Get<IIncidentStore>();
        var old = (await incidents.RecordAlertAsync(Alert("fp1", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a"), host.Time.GetUtcNow(), TimeSpan.FromMinutes(30), CancellationToken.None))!;
        host.Time.Advance(TimeSpan.FromDays(31));
        var recent = (await incidents.RecordAlertAsync(Alert("fp2", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/b"), host.Time.GetUtcNow(), TimeSpan.FromMinutes(30), CancellationToken.None))!;

        var pass = await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.Equal([(RetainedDataTypes.Incidents, 1)], pass!.Purges.Select(p => (p.DataType, p.Count)));
        Assert.Null(await incidents.GetAsync(old.Incident.Id, CancellationToken.None));
        Assert.NotNull(await incidents.GetAsync(recent.Incident.Id, CancellationToken.None));
    }

    [Fact]
    public async Task WithoutTheSetting_IncidentsAreKept()
    {
        await using var host = await RetentionHost.StartAsync(_directory.Path, new Dictionary<string, string?> { ["Retention:ThreadsDays"] = "30" });
        var incidents = host.Get<IIncidentStore>();
        var old = (await incidents.RecordAlertAsync(Alert("fp1", "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a"), host.Time.GetUtcNow(), TimeSpan.FromMinutes(30), CancellationToken.None))!;
        host.Time.Advance(TimeSpan.FromDays(400));

        await host.Runner.RunAsync("replica-a", CancellationToken.None);

        Assert.NotNull(await incidents.GetAsync(old.Incident.Id, CancellationToken.None));
    }
}

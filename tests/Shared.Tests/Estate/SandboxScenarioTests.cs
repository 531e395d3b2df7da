using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Scope;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxScenarioTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string> ScenarioNames() => [.. new SandboxScenarioCatalog().Names];

    [Fact]
    public void Catalog_HasTheRequiredScenarios_AndTheDefaultIsTheMemoryLeak()
    {
        var catalog = new SandboxScenarioCatalog();

        Assert.Equal(
            ["checkout-memory-leak", "healthy", "bad-deployment", "cpu-saturation", "dependency-outage", "noisy-healthy"],
            catalog.Names);
        Assert.Equal(SandboxScenarioNames.CheckoutMemoryLeak, new SandboxOptions().Scenario);
        Assert.Same(catalog.Get("Checkout-Memory-Leak"), catalog.Get(SandboxScenarioNames.CheckoutMemoryLeak));
        var error = Assert.Throws<ArgumentException>(() => catalog.Get("outage"));
        Assert.Contains("dependency-outage", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void EveryScenario_ExposesAnExpectedFinding(string name)
    {
        var finding = new SandboxScenarioCatalog().Get(name).ExpectedFinding;

        Assert.False(string.IsNullOrWhiteSpace(finding.RootCause));
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
        Assert.NotEmpty(finding.Evidence);
        Assert.Equal(finding.Remediation == RemediationKind.ScaleOut, finding.MinimumInstanceCount is not null);
        if (finding.Resource is { } resource)
        {
            Assert.Contains(SandboxEstate.Subscription, resource.Display, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExpectedFindings_NameTheRightResourceAndRemediation()
    {
        var catalog = new SandboxScenarioCatalog();

        Assert.Equal((SandboxEstate.CheckoutApiId, RemediationKind.Restart), Key(catalog, SandboxScenarioNames.CheckoutMemoryLeak));
        Assert.Equal((null, RemediationKind.None), Key(catalog, SandboxScenarioNames.Healthy));
        Assert.Equal((SandboxEstate.CheckoutApiId, RemediationKind.RollbackDeployment), Key(catalog, SandboxScenarioNames.BadDeployment));
        Assert.Equal((SandboxEstate.CheckoutApiId, RemediationKind.ScaleOut), Key(catalog, SandboxScenarioNames.CpuSaturation));
        Assert.Equal((SandboxEstate.OrdersDatabaseId, RemediationKind.EscalateDependency), Key(catalog, SandboxScenarioNames.DependencyOutage));
        Assert.Equal((SandboxEstate.CheckoutApiId, RemediationKind.None), Key(catalog, SandboxScenarioNames.NoisyHealthy));
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public async Task EveryScenario_AnswersForEveryResource(string name)
    {
        await using var sandbox = await SandboxHarness.StartAsync(name);

        foreach (var group in new[] { SandboxEstate.ShopProdId, SandboxEstate.ShopStagingId, SandboxEstate.FinanceProdId })
        {
            foreach (var resource in await sandbox.Estate.ListResourcesAsync(group, null, None))
            {
                var health = await sandbox.Estate.GetHealthAsync(resource.Id, None);
                var logs = await sandbox.LogsAsync(resource.Id, TimeSpan.FromHours(1), top: 10);
                Assert.Contains(health.AvailabilityState, new[] { "Available", "Degraded", "Unavailable" });
                Assert.True(logs.TotalMatches >= logs.Entries.Count);
                if (resource.Type != SandboxEstate.SqlServersType)
                {
                    var metrics = await sandbox.MetricsAsync(resource.Id, TimeSpan.FromHours(3), TimeSpan.FromMinutes(15), MetricAggregation.Average);
                    Assert.All(metrics.Metrics, m => Assert.Contains(m.Points, p => p.Value is not null));
                }
            }
        }
    }

    [Fact]
    public async Task Healthy_EveryResourceIsAvailable_AndNoOutOfMemory()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.Healthy);

        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var oom = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(3), "OutOfMemoryException");

        Assert.Equal("Available", health.AvailabilityState);
        Assert.Equal(0, oom.TotalMatches);
    }

    [Fact]
    public async Task BadDeployment_ErrorsStartAtTheDeployment_AndARestartDoesNotHelp()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.BadDeployment);
        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.CheckoutApiId, sandbox.Now.AddHours(-2), sandbox.Now, None);
        var deployedAt = Assert.Single(events, e => e.Description.Contains("4.19.0", StringComparison.Ordinal)).EventTimestamp;

        var before = await sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery("NullReferenceException", LogSeverity.Error, deployedAt.AddHours(-2), deployedAt, 10), None);
        var after = await sandbox.Estate.SearchLogsAsync(
            SandboxEstate.CheckoutApiId, new LogSearchQuery("NullReferenceException", LogSeverity.Error, deployedAt, sandbox.Now, 10), None);
        await sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiId, None);
        sandbox.Time.Advance(TimeSpan.FromMinutes(10));
        var afterRestart = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromMinutes(5), "NullReferenceException");
        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);

        Assert.Equal(0, before.TotalMatches);
        Assert.True(after.TotalMatches > 0);
        Assert.True(afterRestart.TotalMatches > 0);
        Assert.Equal("Available", health.AvailabilityState);
    }

    [Fact]
    public async Task CpuSaturation_PlanCpuIsPinned_AndCheckoutIsDegraded()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.CpuSaturation);

        var cpu = await sandbox.MetricsAsync(SandboxEstate.ShopProdPlanId, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), MetricAggregation.Average, "CpuPercentage");
        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var starvation = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromMinutes(30), "thread pool starvation");

        Assert.All(cpu.Metrics[0].Points.Where(p => p.Value is not null), p => Assert.True(p.Value > 95));
        Assert.Equal("Degraded", health.AvailabilityState);
        Assert.Contains("CPU", health.Summary, StringComparison.Ordinal);
        Assert.True(starvation.TotalMatches > 0);
    }

    [Fact]
    public async Task DependencyOutage_DatabaseIsUnavailable_WhileCheckoutStaysAvailableButFailsCalls()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.DependencyOutage);

        var database = await sandbox.Estate.GetHealthAsync(SandboxEstate.OrdersDatabaseId, None);
        var checkout = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);
        var sqlErrors = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromMinutes(15), "Error 40613");
        var connections = await sandbox.MetricsAsync(
            SandboxEstate.OrdersDatabaseId, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5), MetricAggregation.Total, "connection_successful", "connection_failed");
        var events = await sandbox.Estate.ListActivityLogAsync(SandboxEstate.OrdersDatabaseId, sandbox.Now.AddHours(-1), sandbox.Now, None);

        Assert.Equal(("Unavailable", "Unplanned"), (database.AvailabilityState, database.ReasonType));
        Assert.Equal("Available", checkout.AvailabilityState);
        Assert.True(sqlErrors.TotalMatches > 0);
        Assert.All(connections.Metrics[0].Points.Where(p => p.Value is not null), p => Assert.Equal(0, p.Value));
        Assert.All(connections.Metrics[1].Points.Where(p => p.Value is not null), p => Assert.True(p.Value > 100));
        Assert.Contains(events, e => e.OperationName.StartsWith("Microsoft.ResourceHealth/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoisyHealthy_LogsManyWarnings_ButErrorsStayAtBaseline()
    {
        await using var sandbox = await SandboxHarness.StartAsync(SandboxScenarioNames.NoisyHealthy);
        await using var healthy = await SandboxHarness.StartAsync(SandboxScenarioNames.Healthy);

        var noisyWarnings = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), minimumLevel: LogSeverity.Warning);
        var quietWarnings = await healthy.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), minimumLevel: LogSeverity.Warning);
        var noisyErrors = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), minimumLevel: LogSeverity.Error);
        var quietErrors = await healthy.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), minimumLevel: LogSeverity.Error);
        var health = await sandbox.Estate.GetHealthAsync(SandboxEstate.CheckoutApiId, None);

        Assert.True(noisyWarnings.TotalMatches > quietWarnings.TotalMatches + 150, $"{noisyWarnings.TotalMatches} vs {quietWarnings.TotalMatches}");
        Assert.Equal(quietErrors.TotalMatches, noisyErrors.TotalMatches);
        Assert.Equal("Available", health.AvailabilityState);
    }

    private static (ResourceId? Resource, RemediationKind Remediation) Key(SandboxScenarioCatalog catalog, string name)
    {
        var finding = catalog.Get(name).ExpectedFinding;
        return (finding.Resource, finding.Remediation);
    }
}

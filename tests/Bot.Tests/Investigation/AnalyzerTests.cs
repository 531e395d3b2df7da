using SreBot.Bot.Investigation;
using SreBot.Bot.Investigation.Analyzers;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>Each analyzer on hand-made evidence, and the diagnosis drawn from all of them.</summary>
public sealed class AnalyzerTests
{
    private const double GiB = 1024 * 1024 * 1024;

    private const string OutOfMemory = "Unhandled exception: System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.";

    private const string NullReference = "Unhandled exception while processing POST /api/checkout/submit: System.NullReferenceException: Object reference not set.";

    private static readonly IAnalyzer[] All =
    [
        new HealthAnalyzer(), new MemoryTrendAnalyzer(), new CpuSaturationAnalyzer(), new ErrorSpikeAnalyzer(),
        new LatencyAnalyzer(), new ChangeCorrelationAnalyzer(), new DependencyFailureAnalyzer(),
    ];

    [Fact]
    public void RisingMemory_WithOutOfMemory_IsALeak_ToRestart()
    {
        var evidence = Normal().Metric("MemoryWorkingSet", "Bytes", m => (1.5 + (m * 0.05)) * GiB).Errors(30, OutOfMemory, fromMinute: 40).Build();

        var finding = Assert.Single(new MemoryTrendAnalyzer().Analyze(evidence));

        Assert.Equal(RemediationKind.Restart, finding.Remediation?.Kind);
        Assert.Equal("restart app-checkout-api because memory leak", finding.Remediation?.Command);
        Assert.True(finding.Confidence >= Diagnosis.Threshold);
        Assert.Contains("memory leak", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void FlatMemory_IsNoLeak()
    {
        var evidence = Normal().Metric("MemoryWorkingSet", "Bytes", m => (1.5 + (m % 3 * 0.01)) * GiB).Errors(30, OutOfMemory).Build();

        Assert.Empty(new MemoryTrendAnalyzer().Analyze(evidence));
    }

    [Fact]
    public void MemoryStep_WithoutSteadyClimb_IsNoLeak()
    {
        var evidence = Normal().Metric("MemoryWorkingSet", "Bytes", m => (m < 30 ? 1.5 : 3.0) * GiB).Build();

        Assert.Empty(new MemoryTrendAnalyzer().Analyze(evidence));
    }

    [Fact]
    public void DeploymentJustBefore5xxSpike_IsBlamed_WithARollback()
    {
        var evidence = Normal().Metric("Http5xx", "Count", m => m >= 30 ? 300 : 1).Errors(100, NullReference, fromMinute: 30).Deployment(29).Build();

        var finding = Assert.Single(new ChangeCorrelationAnalyzer().Analyze(evidence));

        Assert.Equal(RemediationKind.RollbackDeployment, finding.Remediation?.Kind);
        Assert.Null(finding.Remediation?.Command);
        Assert.True(finding.Confidence >= Diagnosis.Threshold);
        Assert.Contains(finding.Evidence, e => e.Contains("NullReferenceException", StringComparison.Ordinal));
    }

    [Fact]
    public void DeploymentAfter5xxSpike_IsNotBlamed()
    {
        var evidence = Normal().Metric("Http5xx", "Count", m => m >= 30 ? 300 : 1).Errors(100, NullReference, fromMinute: 30).Deployment(45).Build();

        Assert.Empty(new ChangeCorrelationAnalyzer().Analyze(evidence));
        Assert.NotEqual(RemediationKind.RollbackDeployment, Diagnose(evidence).RemediationKind);
    }

    [Fact]
    public void DeploymentLongBefore5xxSpike_IsNotBlamed()
    {
        var evidence = Normal().Metric("Http5xx", "Count", m => m >= 40 ? 300 : 1).Deployment(2).Build();

        Assert.Empty(new ChangeCorrelationAnalyzer().Analyze(evidence));
    }

    [Fact]
    public void NoisyWarningsAndErrors_WithFlatMetrics_NeedNoAction()
    {
        var evidence = Normal()
            .Errors(150, "Request GET /api/cart/1 failed: Microsoft.AspNetCore.Connections.ConnectionResetException: The client has disconnected.")
            .Errors(40, "Retrying GET https://fx-rates.contoso.example/v1/latest after HttpRequestException (attempt 1 of 3). The retry succeeded.")
            .Build();

        var diagnosis = Diagnose(evidence);

        Assert.Equal(RemediationKind.None, diagnosis.RemediationKind);
        Assert.Null(diagnosis.Conclusion);
        Assert.StartsWith("No action needed", diagnosis.RootCause, StringComparison.Ordinal);
        Assert.All(diagnosis.Findings, f => Assert.True(f.Confidence < Diagnosis.Threshold, f.Summary));
    }

    [Fact]
    public void CpuPinnedUnderSurge_NeedsScaleOut_ToDoubleTheInstances()
    {
        var evidence = Normal()
            .Metric("CpuTime", "Seconds", m => m >= 20 ? 200 : 60)
            .Metric("Requests", "Count", m => m >= 20 ? 8000 : 1800)
            .Build();

        var finding = Assert.Single(new CpuSaturationAnalyzer().Analyze(evidence));

        Assert.Equal(RemediationKind.ScaleOut, finding.Remediation?.Kind);
        Assert.Equal(6, finding.Remediation?.InstanceCount);
        Assert.StartsWith("scale app-checkout-api to 6 because", finding.Remediation?.Command, StringComparison.Ordinal);
    }

    /// <summary>Unknown health (Azure cannot tell, or the health call failed) is no problem of the resource's own, as Available is not.</summary>
    [Theory]
    [InlineData("Available", "There aren't any known Azure platform problems affecting this resource.")]
    [InlineData("Unknown", "We are currently unable to determine the health of this resource.")]
    public void ResourceNotImpaired_WhoseDatabaseCallsFail_EscalatesToTheDependency(string healthState, string healthSummary)
    {
        var evidence = Normal()
            .Health(healthState, healthSummary)
            .Metric("Http5xx", "Count", m => m >= 35 ? 600 : 1)
            .Errors(60, "Microsoft.Data.SqlClient.SqlException (0x80131904): Database 'sqldb-orders' on server 'sql-shop-prod' is not currently available.", fromMinute: 35)
            .Build();

        var diagnosis = Diagnose(evidence);

        Assert.Equal(RemediationKind.EscalateDependency, diagnosis.RemediationKind);
        Assert.Equal("sqldb-orders", diagnosis.Conclusion?.Remediation?.ResourceName);
    }

    [Fact]
    public void ContainerApp_WhoseWorkingSetBytesClimbs_WithOutOfMemory_IsALeak_ToRestart()
    {
        var evidence = new EvidenceBuilder()
            .Metric("UsageNanoCores", "NanoCores", m => 250_000_000 + (m % 3 * 1_000_000))
            .Metric("WorkingSetBytes", "Bytes", m => (0.5 + (m * 0.02)) * GiB)
            .Metric("Requests", "Count", m => 900 + (m % 5))
            .Errors(30, OutOfMemory, fromMinute: 40)
            .Build();

        Assert.Equal(RemediationKind.Restart, Diagnose(evidence).RemediationKind);
    }

    [Fact]
    public void ContainerApp_WhoseCpuUsageSurgesWithDemand_NeedsScaleOut()
    {
        var evidence = new EvidenceBuilder()
            .Metric("UsageNanoCores", "NanoCores", m => m >= 20 ? 1_800_000_000 : 400_000_000)
            .Metric("WorkingSetBytes", "Bytes", m => (0.5 + (m % 2 * 0.01)) * GiB)
            .Metric("Requests", "Count", m => m >= 20 ? 4000 : 900)
            .Build();

        Assert.Equal(RemediationKind.ScaleOut, Diagnose(evidence).RemediationKind);
    }

    [Fact]
    public void ResponseTimeInMilliseconds_IsComparedInSeconds()
    {
        var trend = MetricTrend.Of("ResponseTime", "MilliSeconds", Enumerable.Range(0, 60).Select(m => new MetricPoint(EvidenceBuilder.MinuteTime(m), m >= 30 ? 900 : 120)));
        var evidence = new Evidence("ca-checkout", 2, EvidenceBuilder.Now, "Available", string.Empty, [trend], [], [], 0, []);

        var finding = Assert.Single(new LatencyAnalyzer().Analyze(evidence));

        Assert.Equal("Seconds", trend.Unit);
        Assert.Contains("ResponseTime 120 ms → 900 ms", finding.Evidence[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.Web/sites/deployments/write", true)]
    [InlineData("Microsoft.Web/sites/slots/slotsswap/action", true)]
    [InlineData("Microsoft.Web/sites/config/write", true)]
    [InlineData("Microsoft.App/containerApps/write", true)]
    [InlineData("Microsoft.Web/sites/restart/action", false)]
    [InlineData("Microsoft.App/containerApps/revisions/restart/action", false)]
    public void ChangesThatDeployCode_AreDeploymentsOrConfiguration_OnEveryResourceType(string operation, bool deploys)
        => Assert.Equal(deploys, new ChangeEvent(EvidenceBuilder.Now, operation, "Succeeded", "pipeline", string.Empty).IsDeploymentOrConfiguration);

    [Fact]
    public void UnavailableResource_IsEscalated()
    {
        var evidence = Normal().Health("Unavailable", "sqldb-orders is unavailable because of a problem on the Azure platform.").Build();

        Assert.Equal(RemediationKind.EscalateDependency, Diagnose(evidence).RemediationKind);
    }

    [Fact]
    public void Diagnosis_PrefersTheMostConfidentFindingWithARemediation()
    {
        var diagnosis = Diagnosis.From(
        [
            new Finding("symptom", "errors", [], 0.95, null),
            new Finding("weak", "maybe", [], 0.55, SuggestedRemediation.Restart("a", "b")),
            new Finding("strong", "cause", [], 0.8, SuggestedRemediation.Rollback("a", "roll back")),
        ]);

        Assert.Equal("strong", diagnosis.Conclusion?.Kind);
        Assert.Equal("roll back", diagnosis.SuggestedAction);
        Assert.Equal("symptom", diagnosis.Findings[0].Kind);
    }

    private static Diagnosis Diagnose(Evidence evidence) => Diagnosis.From(All.SelectMany(a => a.Analyze(evidence)));

    /// <summary>A web app at its normal level: flat CPU, memory, requests, 5xx and latency.</summary>
    private static EvidenceBuilder Normal()
        => new EvidenceBuilder()
            .Metric("CpuTime", "Seconds", m => 60 + (m % 3))
            .Metric("MemoryWorkingSet", "Bytes", m => (1.5 + (m % 2 * 0.01)) * GiB)
            .Metric("Requests", "Count", m => 1800 + (m % 5))
            .Metric("Http5xx", "Count", _ => 1)
            .Metric("HttpResponseTime", "Seconds", _ => 0.115);
}

using SreBot.Bot.Investigation;
using SreBot.Bot.Investigation.Analyzers;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>The verdict drawn from a diagnosis, the evidence sentences behind it, and how numbers read in them.</summary>
public sealed class VerdictTests
{
    private const double GiB = 1024 * 1024 * 1024;

    private const string OutOfMemory = "Unhandled exception: System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.";

    private const string HealthSummary = "Memory keeps growing and requests fail with HTTP 500 and 503.";

    private static readonly IAnalyzer[] All =
    [
        new HealthAnalyzer(), new MemoryTrendAnalyzer(), new CpuSaturationAnalyzer(), new ErrorSpikeAnalyzer(),
        new LatencyAnalyzer(), new ChangeCorrelationAnalyzer(), new DependencyFailureAnalyzer(),
    ];

    [Fact]
    public void Leak_OnADegradedApp_IsACriticalRestart_WithTheConclusionAsItsSentence()
    {
        var diagnosis = Diagnose(Leak().Build());

        var verdict = InvestigationVerdict.From(diagnosis, "Degraded");

        Assert.Equal(VerdictSeverity.Critical, verdict.Severity);
        Assert.Equal(RemediationKind.Restart, verdict.Remediation);
        Assert.True(verdict.CanRequest);
        Assert.Equal(diagnosis.Conclusion!.Summary, verdict.Sentence);
        Assert.Equal(0.9, verdict.Confidence);
        Assert.Equal("Suggested action: restart app-checkout-api because memory leak", verdict.TraceConclusion);
    }

    [Fact]
    public void NothingWrong_IsOk_NoActionNeeded()
    {
        var verdict = InvestigationVerdict.From(Diagnose(Normal().Build()), "Available");

        Assert.Equal(VerdictSeverity.Ok, verdict.Severity);
        Assert.Equal(RemediationKind.None, verdict.Remediation);
        Assert.False(verdict.CanRequest);
        Assert.StartsWith("No action needed", verdict.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollback_CannotBeRequested()
    {
        var verdict = new InvestigationVerdict(VerdictSeverity.Critical, "x", 0.85, RemediationKind.RollbackDeployment, "Roll back.");

        Assert.False(verdict.CanRequest);
    }

    [Fact]
    public void EvidenceSentences_RepeatNeitherTheVerdictNorTheResourceHealthSummary()
    {
        var diagnosis = Diagnose(Leak().Build());

        var sentences = diagnosis.Sentences();

        Assert.DoesNotContain(sentences, s => s.Contains(diagnosis.RootCause, StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains(HealthSummary, StringComparison.Ordinal));
        Assert.Contains("Resource Health reports Degraded (confidence 40 %).", sentences);
        Assert.DoesNotContain(sentences, s => s.Contains(". (", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_HasUnitsAndSensiblePrecision()
    {
        var finding = Assert.Single(new MemoryTrendAnalyzer().Analyze(Leak().Build()));

        Assert.Matches(@"^MemoryWorkingSet \d\.\d\d? GB → \d\.\d\d? GB \(\+\d+ %\), rising steadily$", finding.Evidence[0]);
    }

    [Theory]
    [InlineData(3.1 * GiB, "Bytes", "3.1 GB")]
    [InlineData(0.245, "Seconds", "245 ms")]
    [InlineData(90.04, "Percent", "90 %")]
    [InlineData(12.5, "Seconds", "12.5 s")]
    [InlineData(1_800_000_000, "NanoCores", "1.8 cores")]
    [InlineData(1234.5, "Count", "1,234.5")]
    public void Quantity_ReadsAsPeopleWriteIt(double value, string unit, string expected)
    {
        Assert.Equal(expected, Quantity.Format(value, unit));
    }

    private static Diagnosis Diagnose(SreBot.Bot.Investigation.Evidence evidence) => Diagnosis.From(All.SelectMany(a => a.Analyze(evidence)));

    private static EvidenceBuilder Leak() => Normal()
        .Health("Degraded", HealthSummary)
        .Metric("MemoryWorkingSet", "Bytes", m => (1.5 + (m * 0.05)) * GiB)
        .Errors(30, OutOfMemory, fromMinute: 40);

    private static EvidenceBuilder Normal()
        => new EvidenceBuilder()
            .Metric("CpuTime", "Seconds", m => 60 + (m % 3))
            .Metric("MemoryWorkingSet", "Bytes", m => (1.5 + (m % 2 * 0.01)) * GiB)
            .Metric("Requests", "Count", m => 1800 + (m % 5))
            .Metric("Http5xx", "Count", _ => 1)
            .Metric("HttpResponseTime", "Seconds", _ => 0.115);
}

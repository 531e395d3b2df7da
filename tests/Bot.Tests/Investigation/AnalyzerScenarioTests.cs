using System.Text;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using Xunit.Abstractions;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>The analyzers against every sandbox scenario: each must reach the scenario's expected remediation on the expected resource.</summary>
public sealed class AnalyzerScenarioTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ScenarioInvestigation.Names), MemberType = typeof(ScenarioInvestigation))]
    public async Task Investigation_ReachesTheRemediationKind(string scenarioName)
    {
        var outcome = await ScenarioInvestigation.RunAsync(new SandboxScenarioCatalog().Get(scenarioName));

        output.WriteLine(outcome.ToString());
        output.WriteLine(outcome.RootCause);
        Assert.True(outcome.IsRight, $"{outcome}\nconcluded: {outcome.RootCause}\nexpected: {outcome.Expected.RootCause}");
    }

    [Fact]
    public async Task DependencyOutage_SeenFromTheHealthyCaller_IsEscalatedToTheDatabase()
    {
        var outcome = await ScenarioInvestigation.RunAsync(new SandboxScenarioCatalog().Get(SandboxScenarioNames.DependencyOutage), ScenarioInvestigation.DefaultResource);

        output.WriteLine(outcome.ToString());
        Assert.Equal(RemediationKind.EscalateDependency, outcome.Found);
        Assert.Equal("sqldb-orders", outcome.FoundResource);
    }

    [Fact]
    public async Task AllScenarios_AreDiagnosedRight_AndReportedAsATable()
    {
        var outcomes = new List<ScenarioOutcome>();
        foreach (var scenario in new SandboxScenarioCatalog().All)
        {
            outcomes.Add(await ScenarioInvestigation.RunAsync(scenario));
        }

        var table = new StringBuilder()
            .AppendLine("scenario | expected | found | confidence")
            .AppendLine("--- | --- | --- | ---");
        foreach (var outcome in outcomes)
        {
            table.AppendLine(outcome.ToString());
        }

        var right = outcomes.Count(o => o.IsRight);
        table.AppendLine($"{right} of {outcomes.Count} right");
        output.WriteLine(table.ToString());
        Assert.True(right == outcomes.Count, table.ToString());
    }
}

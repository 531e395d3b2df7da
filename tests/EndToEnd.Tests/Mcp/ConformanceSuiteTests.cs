using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Mcp;

/// <summary>
/// The MCP conformance suite against SreBot's /mcp, through a proxy that adds a reader's token
/// (the suite sends no Authorization header) and passes Host and Origin through unchanged.
/// </summary>
[Collection(BotServerCollection.Name)]
public sealed class ConformanceSuiteTests(McpServerFixture<BotProcess> fixture)
{
    /// <summary>Scenarios SreBot must pass, whatever the baseline file says.</summary>
    public static TheoryData<string> RequiredScenarios =>
    [
        "server-initialize",
        "ping",
        "tools-list",
        "logging-set-level",
        "dns-rebinding-protection",
    ];

    [Theory]
    [MemberData(nameof(RequiredScenarios))]
    public async Task RequiredScenario_Passes(string scenario)
    {
        var run = await ConformanceSuite.RunAsync(fixture.Proxy.McpEndpoint, scenario, expectedFailures: null, CancellationToken.None);

        var result = run.Scenario(scenario);
        Assert.True(result.Passed, Explain(result.Describe(), run));
    }

    [Fact]
    public async Task ActiveSuite_FailsOnlyWhereTheBaselineAllows()
    {
        var run = await ConformanceSuite.RunAsync(
            fixture.Proxy.McpEndpoint, scenario: null, ToolPaths.ConformanceExpectedFailures, CancellationToken.None);

        Assert.True(
            run.Process.Succeeded,
            Explain(
                "The suite reported an unexpected failure, or a scenario in conformance-expected-failures.yml now passes " +
                "(remove it from the file).",
                run));
        foreach (var scenario in RequiredScenarios)
        {
            var result = run.Scenario(scenario);
            Assert.True(result.Passed, Explain(result.Describe(), run));
        }
    }

    private string Explain(string what, ConformanceRun run) =>
        $"{what}\n--- conformance suite ---\n{run.Process.Description}\n--- server ---\n{fixture.Server.Describe()}";
}

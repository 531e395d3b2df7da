using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Reference;

/// <summary>
/// The harness itself (processes, token-forwarding proxy with streamed SSE and GET streams, suite and
/// inspector runners) proven against the reference server, independently of SreBot.
/// </summary>
[Collection(ReferenceServerCollection.Name)]
public sealed class HarnessAgainstReferenceServerTests(McpServerFixture<EverythingServerProcess> fixture)
{
    [Theory]
    [InlineData("server-initialize")]
    [InlineData("ping")]
    [InlineData("tools-list")]
    [InlineData("tools-call-simple-text")]
    [InlineData("logging-set-level")]
    [InlineData("server-sse-multiple-streams")]
    public async Task ConformanceScenario_PassesThroughTheProxy(string scenario)
    {
        var run = await ConformanceSuite.RunAsync(fixture.Proxy.McpEndpoint, scenario, expectedFailures: null, CancellationToken.None);

        var result = run.Scenario(scenario);
        Assert.True(
            result.Passed,
            $"{result.Describe()}\n--- conformance suite ---\n{run.Process.Description}\n--- server ---\n{fixture.Server.Describe()}");
    }

    [Fact]
    public async Task InspectorToolCall_ThroughTheProxy_ReturnsTheEcho()
    {
        var result = await InspectorCli.RunAsync(
            fixture.Proxy.McpEndpoint,
            bearerToken: null,
            ["--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=through-the-proxy"],
            CancellationToken.None);

        Assert.True(
            result.Succeeded && result.StandardOutput.Contains("Echo: through-the-proxy", StringComparison.Ordinal),
            $"--- inspector ---\n{result.Description}\n--- server ---\n{fixture.Server.Describe()}");
    }
}

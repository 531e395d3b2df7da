using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.McpServer.InProcess;
using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>Runs the real host on one sandbox scenario and investigates the scenario's resource (or another) as a reader, through the tools.</summary>
public static class ScenarioInvestigation
{
    public const string DefaultResource = "app-checkout-api";

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in new SandboxScenarioCatalog().Names)
        {
            names.Add(name);
        }

        return names;
    }

    public static async Task<ScenarioOutcome> RunAsync(SandboxScenario scenario, string? resourceName = null)
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Estate:Sandbox:Scenario"] = scenario.Name });
        var sessions = app.Services.GetRequiredService<InProcessMcpSessions>();
        var reader = new ClaimsPrincipal(new ClaimsIdentity([new Claim("oid", "scenario-reader"), new Claim("roles", "reader")], "teams", "oid", "roles"));
        await using var session = await sessions.OpenAsync(reader, TestContext.Token);
        var name = resourceName ?? scenario.ExpectedFinding.Resource?.Name ?? DefaultResource;
        var resource = await app.Services.GetRequiredService<ResourceResolver>().ResolveAsync(session.Client, name, TestContext.Token);
        Assert.True(resource.Id is not null, resource.Problem);

        var result = await app.Services.GetRequiredService<Investigator>()
            .InvestigateAsync(session.Client, resource, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), TestContext.Token);
        Assert.True(result.Diagnosis is not null, result.Problem);
        var diagnosis = result.Diagnosis;
        var remediation = diagnosis.Conclusion?.Remediation;
        return new ScenarioOutcome(scenario.Name, name, scenario.ExpectedFinding, diagnosis.RemediationKind, remediation?.ResourceName, remediation?.InstanceCount, diagnosis.Confidence, diagnosis.RootCause);
    }
}

using Microsoft.Extensions.Options;
using SreBot.Bot.Agent;
using SreBot.Bot.Cards.Templates;
using SreBot.McpServer.InProcess;
using SreBot.Shared.Estate;
using SreBot.Shared.Identity;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Investigation;

/// <summary>
/// One investigation, with or without a chat turn: resolve the target, investigate it, save the trace in the thread and
/// build the card. Every read goes through an in-process MCP session as <c>actor</c> (a chat user today; an alert or a
/// plan acting as its own principal later), so each tool call takes the one call path and leaves its audit record.
/// The card links to the Azure portal only when the estate is Azure (a Sandbox resource has no portal page).
/// </summary>
public sealed class InvestigationRun(
    InProcessMcpSessions sessions, ResourceResolver resolver, Investigator investigator, IInvestigationTraceStore traces, IOptions<EstateOptions> estate, TimeProvider time)
{
    /// <param name="actor">Who the investigation acts as.</param>
    /// <param name="target">The resource as the person or alert named it (a name or an ARM id).</param>
    /// <param name="threadId">The thread the trace is recorded in; it must exist (a chat that spoke, or a remembered channel).</param>
    public async Task<InvestigationRunResult> RunAsync(CallerIdentity actor, string target, string threadId, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var recorder = new ToolCallRecorder(time);
        await using var session = await sessions.OpenAsync(CallerPrincipal.For(actor), cancellationToken);
        var resource = await resolver.ResolveAsync(session.Client, target, recorder, cancellationToken);
        if (resource.Id is null)
        {
            var notFound = await SaveTraceAsync(actor, threadId, null, started, recorder, [], resource.Problem, cancellationToken);
            return new InvestigationRunResult(null, resource.Problem, notFound, ErrorCard.Create("Not investigated", resource.Problem!).ToJsonElement(), "not found");
        }

        var result = await investigator.InvestigateAsync(session.Client, resource, time.GetUtcNow(), recorder, cancellationToken);
        if (result.Summary is null)
        {
            var refused = await SaveTraceAsync(actor, threadId, resource.Id, started, recorder, [], result.Problem, cancellationToken);
            return new InvestigationRunResult(null, result.Problem, refused, ErrorCard.Create("Not investigated", result.Problem!).ToJsonElement(), "refused");
        }

        var verdict = result.Summary.Verdict;
        var findings = new List<string> { verdict.Statement };
        findings.AddRange(result.Summary.Findings);
        var traceId = await SaveTraceAsync(actor, threadId, resource.Id, started, recorder, findings, verdict.TraceConclusion, cancellationToken);
        var card = InvestigationCard.Create(result.Summary, traceId, EstateProviders.IsAzure(estate.Value.Provider), time.GetUtcNow());
        return new InvestigationRunResult(result.Summary, null, traceId, card.ToJsonElement(), $"investigation of {result.Summary.ResourceName}", result.Diagnosis);
    }

    private async Task<string> SaveTraceAsync(
        CallerIdentity actor, string threadId, string? resourceId, DateTimeOffset started, ToolCallRecorder recorder, IReadOnlyList<string> findings, string? conclusion,
        CancellationToken cancellationToken)
    {
        var trace = new InvestigationTrace(
            InvestigationTrace.NewId(),
            threadId,
            actor.UserId,
            resourceId,
            started,
            time.GetUtcNow(),
            [.. recorder.Steps],
            findings,
            conclusion is null ? null : TraceStep.Shorten(conclusion));
        await traces.SaveAsync(trace, cancellationToken);
        return trace.Id;
    }
}

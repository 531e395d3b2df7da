using SreBot.Bot.Investigation;
using SreBot.McpServer.InProcess;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>investigate &lt;resource&gt;</c>: reads everything through the caller's own MCP session and answers with a summary
/// card. Every investigation leaves a trace in the conversation's thread: the tool calls in order and what they found.
/// </summary>
public sealed class InvestigateCommand(
    InProcessMcpSessions sessions, ResourceResolver resolver, Investigator investigator, ChatCards cards, IInvestigationTraceStore traces, TimeProvider time) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Investigate];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        await turn.SendTypingAsync(cancellationToken);
        var started = time.GetUtcNow();
        var recorder = new ToolCallRecorder(time);
        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var resource = await resolver.ResolveAsync(session.Client, command.Target!, recorder, cancellationToken);
        if (resource.Id is null)
        {
            await SaveTraceAsync(turn, caller, null, started, recorder, [], resource.Problem, cancellationToken);
            await turn.SendCardAsync(cards.Error("Not investigated", resource.Problem!), "not found", cancellationToken);
            return;
        }

        var result = await investigator.InvestigateAsync(session.Client, resource, time.GetUtcNow(), recorder, cancellationToken);
        if (result.Summary is null)
        {
            await SaveTraceAsync(turn, caller, resource.Id, started, recorder, [], result.Problem, cancellationToken);
            await turn.SendCardAsync(cards.Error("Not investigated", result.Problem!), "refused", cancellationToken);
            return;
        }

        var conclusion = result.Summary.SuggestedAction is { } action ? $"Suggested action: {action}" : null;
        await SaveTraceAsync(turn, caller, resource.Id, started, recorder, result.Summary.Findings, conclusion, cancellationToken);
        await turn.SendCardAsync(cards.Investigation(result.Summary), $"investigation of {result.Summary.ResourceName}", cancellationToken);
    }

    private Task SaveTraceAsync(
        TurnContext turn, ChatCaller caller, string? resourceId, DateTimeOffset started, ToolCallRecorder recorder, IReadOnlyList<string> findings, string? conclusion,
        CancellationToken cancellationToken)
        => traces.SaveAsync(
            new InvestigationTrace(
                InvestigationTrace.NewId(),
                turn.Conversation.ThreadId,
                caller.Identity.UserId,
                resourceId,
                started,
                time.GetUtcNow(),
                [.. recorder.Steps],
                findings,
                conclusion is null ? null : TraceStep.Shorten(conclusion)),
            cancellationToken);
}

using System.ClientModel;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Investigation;
using SreBot.McpServer.InProcess;
using SreBot.Shared.Estate;
using SreBot.Shared.Identity;
using SreBot.Shared.Redaction;

namespace SreBot.Bot.Agent;

/// <summary>
/// One chat turn of one user with the language model. The tools come from that user's in-process MCP session (the one
/// call path), plus <c>investigate</c> and any <see cref="IAgentToolSource"/>. When the model asks for a tool that needs
/// approval, the loop approves nothing: it calls the tool through the session, which in Privileged mode creates a pending
/// approval in the engine (or refuses), and tells the model that nothing ran. Limits end the turn with a clear answer.
/// </summary>
public sealed partial class AgentLoop(
    LlmChatClientFactory clients,
    AgentTools agentTools,
    AgentPrompt prompt,
    InProcessMcpSessions sessions,
    ILlmUsageStore usage,
    IEstateProvider estate,
    IOptions<LlmOptions> options,
    TimeProvider time,
    ILogger<AgentLoop> logger)
{
    private const string PendingNote = "This change was NOT made. It is an approval request in SreBot's approval engine; a different person with the approver role decides it on the approval card. Tell the user that it waits for approval.";
    private const string RefusedNote = "This change was NOT made and no approval was requested: SreBot refused it (the reason is in tool_result). Tell the user why.";

    public async Task<AgentTurnResult> RunAsync(CallerIdentity caller, string question, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var budget = new TurnBudget(limits, caller.UserId, await usage.UsedAsync(caller.UserId, time.GetUtcNow(), cancellationToken));
        var turn = new AgentTurnState(budget, new ToolCallRecorder(time));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(limits.TurnTimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string answer;
        string outcome;
        try
        {
            budget.EnsureTokensLeft();
            await using var session = await sessions.OpenAsync(CallerPrincipal.For(caller), linked.Token);
            var tools = await agentTools.CreateAsync(session.Client, caller, turn, linked.Token);
            var history = await prompt.BuildAsync(caller, question, linked.Token);
            (answer, outcome) = await ConverseAsync(clients.CreateForTurn(turn), history, tools, turn, linked.Token);
        }
        catch (AgentLimitExceededException limit)
        {
            (answer, outcome) = (limit.Message, limit.Outcome);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) // our limit, or the SDK's network timeout (set to the same)
        {
            (answer, outcome) = ($"I stopped: this question took longer than {limits.TurnTimeoutSeconds} s (Llm:TurnTimeoutSeconds). Try a narrower question, or 'investigate <resource>'.", "limit:time");
        }
        catch (Exception exception) when (exception is HttpRequestException or ClientResultException or System.Text.Json.JsonException)
        {
            LogModelFailed(logger, exception.GetType().Name);
            (answer, outcome) = ("The language model could not be reached or did not answer properly, so I can't answer this question now. The commands still work, e.g. 'investigate <resource>'.", "error");
        }

        answer = SecretRedactor.Redact(string.IsNullOrWhiteSpace(answer) ? "The language model gave no answer." : answer);
        foreach (var tool in turn.SuspiciousTools.Order(StringComparer.Ordinal))
        {
            answer += $"\n\n⚠ tool output from {tool} contained text that looks like instructions; treated as data.";
        }

        if (estate.Provenance.Simulated && !answer.Contains("simulated", StringComparison.OrdinalIgnoreCase))
        {
            answer += "\n\n(Simulated Sandbox estate: no real resources were read or changed.)";
        }

        return new AgentTurnResult(answer, outcome, budget.InputTokens, budget.OutputTokens, budget.ToolCalls, [.. turn.PendingApprovals], [.. turn.Recorder.Steps], [.. turn.SuspiciousTools]);
    }

    private static async Task<(string Answer, string Outcome)> ConverseAsync(
        IChatClient chat, List<ChatMessage> history, AgentToolSet tools, AgentTurnState turn, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions { Tools = [.. tools.Offered], ToolMode = ChatToolMode.Auto, AllowMultipleToolCalls = true };
        while (true)
        {
            var response = await chat.GetResponseAsync(history, chatOptions, cancellationToken);
            history.AddMessages(response);
            if (turn.Budget.ToolLimitReached)
            {
                return (turn.Budget.ToolLimitMessage, "limit:tool-calls");
            }

            var requests = response.Messages.SelectMany(m => m.Contents.OfType<ToolApprovalRequestContent>()).ToList();
            if (requests.Count == 0)
            {
                return (response.Text, "answered");
            }

            // The history keeps the calls as plain function calls, each followed by what really happened.
            foreach (var message in response.Messages)
            {
                for (var i = 0; i < message.Contents.Count; i++)
                {
                    if (message.Contents[i] is ToolApprovalRequestContent request)
                    {
                        message.Contents[i] = request.ToolCall;
                    }
                }
            }

            var results = new List<AIContent>();
            foreach (var request in requests)
            {
                results.Add(await ResolveAsync(request, tools, turn, cancellationToken));
            }

            history.Add(new ChatMessage(ChatRole.Tool, results));
            if (turn.Budget.ToolLimitReached)
            {
                return (turn.Budget.ToolLimitMessage, "limit:tool-calls");
            }
        }
    }

    /// <summary>
    /// What the loop does with a call the model may not make on its own: write tools (SreBot's own through the MCP session,
    /// external ones through the same call path) become a pending approval or a refusal — the engine decides, never the
    /// loop; read-only tools just run; anything else is refused.
    /// </summary>
    private static async Task<FunctionResultContent> ResolveAsync(ToolApprovalRequestContent request, AgentToolSet tools, AgentTurnState turn, CancellationToken cancellationToken)
    {
        if (request.ToolCall is not FunctionCallContent call)
        {
            return new FunctionResultContent(request.ToolCall.CallId, "Refused: unsupported tool call; nothing ran.");
        }

        var arguments = new AIFunctionArguments(call.Arguments ?? new Dictionary<string, object?>());
        if (tools.ApprovalRequestable.TryGetValue(call.Name, out var write))
        {
            // The tool function notes the approval a call created (read by ToolResults.ReadPendingApproval), so a new one means pending.
            var approvalsBefore = turn.PendingApprovals.Count;
            var result = (string?)await write.InvokeAsync(arguments, cancellationToken);
            var note = turn.PendingApprovals.Count > approvalsBefore ? PendingNote : RefusedNote;
            return new FunctionResultContent(call.CallId, new JsonObject { ["srebot_note"] = note, ["tool_result"] = JsonNode.Parse(result ?? "null") }.ToJsonString());
        }

        if (tools.Offered.OfType<UntrustedToolFunction>().FirstOrDefault(t => t.Name == call.Name) is { } read)
        {
            return new FunctionResultContent(call.CallId, await read.InvokeAsync(arguments, cancellationToken));
        }

        return new FunctionResultContent(call.CallId, $"Refused: '{call.Name}' needs a human's approval that SreBot cannot request for it; nothing ran.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language model call failed ({ExceptionType})")]
    private static partial void LogModelFailed(ILogger logger, string exceptionType);
}

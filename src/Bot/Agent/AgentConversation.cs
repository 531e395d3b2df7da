using Microsoft.Extensions.Options;
using SreBot.Bot.Agent.Answers;
using SreBot.Bot.Agent.Storage;
using SreBot.Bot.Conversations;
using SreBot.Shared.Audit;
using SreBot.Shared.Privacy;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Agent;

/// <summary>
/// A free-form question in chat: shows progress (Teams' informative stream update in a personal chat, typing every few
/// seconds elsewhere), runs the <see cref="AgentLoop"/>, posts an approval card for each
/// approval the turn requested (as <c>restart</c> does), answers with the AI label, citations and feedback buttons
/// (<see cref="AiAnswer"/>), and records the turn — its tool calls as a trace, an
/// <c>llm.interaction</c> audit record (counts, never content), and the content only with <c>Privacy:StorePrompts</c>.
/// </summary>
public sealed class AgentConversation(
    AgentLoop loop,
    ApprovalCards approvalCards,
    IInvestigationTraceStore traces,
    IAuditLog audit,
    ILlmInteractionStore interactions,
    IOptions<LlmOptions> llm,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time)
{
    public const string QuestionPlaceholder = "[free-form question to the language model; content not stored (Privacy:StorePrompts is off)]";
    public const string AnswerPlaceholder = "[answer from the language model; content not stored (Privacy:StorePrompts is off)]";
    public const string Progress = "Looking into it…";

    public async Task AnswerAsync(TurnContext turn, ChatCaller caller, string question, CancellationToken cancellationToken)
    {
        if (question.Length > Conversations.Commands.CommandParser.MaxTextLength)
        {
            await turn.SendTextAsync($"Please keep a question under {Conversations.Commands.CommandParser.MaxTextLength} characters.", cancellationToken);
            return;
        }

        var started = time.GetUtcNow();
        var startedTicks = time.GetTimestamp();
        AgentTurnResult result;
        AnswerStream? stream = null;
        if (AnswerStream.Applies(turn))
        {
            // Personal chats: Teams' informative update (a progress bar) stands in for typing and the progress note.
            stream = new AnswerStream(turn);
            await stream.StartAsync(Progress, cancellationToken);
            result = await loop.RunAsync(caller.Identity, question, cancellationToken);
        }
        else
        {
            await using var typing = turn.KeepTyping(cancellationToken);
            using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var progress = ShowProgressAsync(turn, done.Token);
            try
            {
                result = await loop.RunAsync(caller.Identity, question, cancellationToken);
            }
            finally
            {
                await done.CancelAsync();
                await progress;
            }
        }

        foreach (var approvalId in result.PendingApprovals)
        {
            await approvalCards.SendAsync(turn, approvalId, cancellationToken);
        }

        var store = privacy.Value.StorePrompts;
        await turn.SendMessageAsync(AiAnswer.Message(result, stream?.FinalEntity()), store ? result.Answer : AnswerPlaceholder, cancellationToken);
        var duration = time.GetElapsedTime(startedTicks);
        await traces.SaveAsync(
            new InvestigationTrace(
                InvestigationTrace.NewId(),
                turn.Conversation.ThreadId,
                caller.Identity.UserId,
                null,
                started,
                time.GetUtcNow(),
                result.Steps,
                [],
                TraceStep.Shorten(store ? result.Answer : $"LLM turn ({result.Outcome}): {result.ToolCalls} tool calls, {result.PendingApprovals.Count} approval requests")),
            cancellationToken);
        var options = llm.Value;
        await audit.RecordAsync(
            LlmAuditEvents.Interaction,
            caller.Identity.UserId,
            options.Model,
            null,
            AuditDecisions.None,
            result.Outcome,
            $"kind={options.Kind};model={options.Model};input_tokens={result.InputTokens};output_tokens={result.OutputTokens};tool_calls={result.ToolCalls};"
            + $"approvals={result.PendingApprovals.Count};suspicious={string.Join(',', result.SuspiciousTools)};duration_ms={(long)duration.TotalMilliseconds}",
            cancellationToken);
        if (store)
        {
            await interactions.SaveAsync(
                new LlmInteraction(Guid.NewGuid().ToString("N"), turn.Conversation.ThreadId, caller.Identity.UserId, started, options.Model!, Shared.Redaction.SecretRedactor.Redact(question), result.Answer),
                cancellationToken);
        }
    }

    private async Task ShowProgressAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(llm.Value.ProgressAfterSeconds), time, cancellationToken);
            await turn.SendTextAsync(Progress, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The turn finished first.
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using SreBot.Bot.Conversations;
using SreBot.McpServer.CallPath;

namespace SreBot.Bot.Agent;

/// <summary>
/// The outer layer of every tool the model may call: counts the call against the turn's limit (past it, the function
/// loop is told to stop), hands the result back wrapped as untrusted data with its source, and notes output that looks
/// like instructions.
/// </summary>
public sealed class UntrustedToolFunction(AIFunction inner, string source, AgentTurnState turn) : DelegatingAIFunction(inner)
{
    public string Source { get; } = source;

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        if (!turn.Budget.TryTakeToolCall())
        {
            if (FunctionInvokingChatClient.CurrentContext is { } context)
            {
                context.Terminate = true;
            }

            return UntrustedData.Wrap(Source, "refused", JsonValue.Create(turn.Budget.ToolLimitMessage));
        }

        object? result;
        try
        {
            result = await base.InvokeCoreAsync(arguments, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not AgentLimitExceededException)
        {
            return UntrustedData.Wrap(Source, "error", JsonValue.Create($"The tool failed ({exception.GetType().Name})."));
        }

        (string Status, JsonNode? Content, IEnumerable<string> Strings) shaped = result switch
        {
            ToolAnswer { Succeeded: true, Result: { } structured } => ("ok", JsonNode.Parse(structured.GetRawText()), UntrustedData.Strings(structured)),
            ToolAnswer { Succeeded: true } ok => ("ok", JsonValue.Create(ok.Text), new[] { ok.Text }),
            ToolAnswer refused => ("refused", JsonValue.Create(refused.Text), new[] { refused.Text }),
            JsonElement element => ("ok", JsonNode.Parse(element.GetRawText()), UntrustedData.Strings(element)),
            string text => ("ok", JsonValue.Create(text), new[] { text }),
            null => ("ok", null, Array.Empty<string>()),
            _ => ("ok", JsonSerializer.SerializeToNode(result, JsonSerializerOptions), new[] { JsonSerializer.Serialize(result, JsonSerializerOptions) }),
        };
        var (status, content, strings) = shaped;

        if (strings.Any(InstructionDetector.LooksLikeInstructions))
        {
            turn.FlagSuspicious(Name);
        }

        if (PendingApprovalId(result) is { } approvalId)
        {
            turn.AddPendingApproval(approvalId);
        }

        return UntrustedData.Wrap(Source, status, content);
    }

    /// <summary>The approval a write call created: from SreBot's own tools (a <see cref="ToolAnswer"/>) or an external
    /// one (a call-tool result whose structured content says pending_approval).</summary>
    private static string? PendingApprovalId(object? result)
    {
        JsonElement? structured = result switch
        {
            ToolAnswer { Succeeded: true, Result: { } answer } => answer,
            JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("structuredContent", out var inner) => inner,
            _ => null,
        };
        return ToolResults.ReadPendingApproval(structured)?.ApprovalId;
    }
}

using SreBot.Bot.Investigation;
using SreBot.McpServer.CallPath;
using SreBot.McpServer.InProcess;
using SreBot.McpServer.Tools.Remediation;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>restart … because …</c> and <c>scale … to n because …</c>: calls the write tool through the caller's MCP session.
/// In Privileged mode that creates an approval in the engine; the answer is the approval card.
/// </summary>
public sealed class RemediationCommand(InProcessMcpSessions sessions, ResourceResolver resolver, ApprovalCards approvalCards, ChatCards cards) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Restart, ChatCommand.Scale];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var resource = await resolver.ResolveAsync(session.Client, command.Target!, cancellationToken);
        if (resource.Id is null)
        {
            await turn.SendCardAsync(cards.Error("Nothing requested", resource.Problem!), "not found", cancellationToken);
            return;
        }

        var (tool, arguments) = command.Name == ChatCommand.Scale
            ? (ResourceScaleTool.Name, new Dictionary<string, object?> { [ToolDescriptors.ResourceIdParameter] = resource.Id, ["instanceCount"] = command.Count, ["reason"] = command.Reason })
            : (ResourceRestartTool.Name, new Dictionary<string, object?> { [ToolDescriptors.ResourceIdParameter] = resource.Id, ["reason"] = command.Reason });
        var answer = await ToolAnswer.CallAsync(session.Client, tool, arguments, cancellationToken);
        if (!answer.Succeeded || ToolResults.ReadPendingApproval(answer.Result) is not { } pending)
        {
            await turn.SendCardAsync(cards.Error("Not requested", answer.Text), "refused", cancellationToken);
            return;
        }

        await approvalCards.SendAsync(turn, pending.ApprovalId, cancellationToken);
    }
}

using System.Text.Json;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations;

/// <summary>The conversation's cards, built by the typed card templates.</summary>
public sealed class ChatCards
{
    public JsonElement Approval(Approval approval, IReadOnlyList<string> approverChannelIds) => ApprovalCard.Base(approval, approverChannelIds).ToJsonElement();

    public JsonElement ApprovalForApprover(Approval approval) => ApprovalCard.ForApprover(approval).ToJsonElement();

    public JsonElement Mode(AgentState state, string message, DateTimeOffset now) => ModeCard.Create(state, message, now).ToJsonElement();

    public JsonElement Error(string title, string message) => ErrorCard.Create(title, message).ToJsonElement();

    public JsonElement Help(IReadOnlyList<CommandHelp> commands, IReadOnlySet<string> callerRoles, bool llmConfigured, string? llmDescription = null)
        => HelpCard.Create(commands, callerRoles, llmConfigured, llmDescription).ToJsonElement();
}

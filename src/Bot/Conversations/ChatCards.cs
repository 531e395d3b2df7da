using System.Text.Json;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations;

/// <summary>The conversation's cards, built by the typed card templates.</summary>
/// <remarks>Approval cards count down to their expiry and say how long ago things happened, on the host's <see cref="TimeProvider"/>.</remarks>
public sealed class ChatCards(TimeProvider time)
{
    public JsonElement Approval(Approval approval, IReadOnlyList<string> approverChannelIds) => ApprovalCard.Base(approval, approverChannelIds, time.GetUtcNow()).ToJsonElement();

    public JsonElement ApprovalForApprover(Approval approval) => ApprovalCard.ForApprover(approval, time.GetUtcNow()).ToJsonElement();

    public JsonElement Mode(AgentState state, string message, DateTimeOffset now) => ModeCard.Create(state, message, now).ToJsonElement();

    public JsonElement Error(string title, string message) => ErrorCard.Create(title, message).ToJsonElement();

    public JsonElement Help(IReadOnlyList<CommandHelp> commands, IReadOnlySet<string> callerRoles, bool llmConfigured, string? llmDescription = null)
        => HelpCard.Create(commands, callerRoles, llmConfigured, llmDescription).ToJsonElement();
}

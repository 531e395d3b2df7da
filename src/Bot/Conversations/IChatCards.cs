using System.Text.Json;
using SreBot.Bot.Investigation;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Conversations;

/// <summary>The Adaptive Cards the conversation sends, as JSON ready for an attachment.</summary>
public interface IChatCards
{
    JsonElement Investigation(InvestigationSummary summary);

    /// <summary>The view everyone sees; while pending it refreshes into the approver view for <paramref name="approverChannelIds"/>.</summary>
    JsonElement Approval(Approval approval, IReadOnlyList<string> approverChannelIds);

    /// <summary>The view with Approve/Reject, only for someone who may decide.</summary>
    JsonElement ApprovalForApprover(Approval approval);

    JsonElement Mode(AgentState state, string message);

    JsonElement Error(string title, string message);

    JsonElement Help(IReadOnlyList<(string Command, string Description)> commands, bool llmConfigured, string? llmDescription = null);
}

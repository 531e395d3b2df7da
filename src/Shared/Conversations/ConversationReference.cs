using System.Security.Cryptography;
using System.Text;

namespace SreBot.Shared.Conversations;

/// <summary>Where to reach a conversation again (replies, card updates, proactive messages).</summary>
public sealed record ConversationReference(string ChannelId, string ServiceUrl, string ConversationId, string? ConversationType, string? TenantId)
{
    /// <summary>SreBot's stable thread id for this conversation.</summary>
    public string ThreadId => "thr_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{ChannelId}\n{ConversationId}")))[..24];
}

using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Conversations;

/// <summary>
/// The user's messages in shared threads (group chats, channels): only what the user wrote is exported, nothing of
/// anyone else's. Erasing deletes those messages and SreBot's answers to them (its messages up to the next person's
/// message), since the answers are about the user's request and may quote it; other people's messages stay.
/// </summary>
internal sealed class SharedThreadMessagesData(IConversationStore conversations) : IPersonalDataSource
{
    public string Category => "messages";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
        => PersonalDataJson.From(await conversations.SharedThreadMessagesAsync(userId, cancellationToken));

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => conversations.DeleteSharedThreadMessagesAsync(userId, cancellationToken);
}

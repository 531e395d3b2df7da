using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Conversations;

/// <summary>
/// The user's own threads (one-to-one chats with SreBot), whole: every message in them, SreBot's answers included.
/// Erasing deletes the threads with everything hanging off them (messages, traces, card links), overwriting the freed pages.
/// </summary>
internal sealed class PersonalThreadsData(IConversationStore conversations) : IPersonalDataSource
{
    public string Category => "threads";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var id in await conversations.PersonalThreadIdsAsync(userId, cancellationToken))
        {
            if (await conversations.GetThreadAsync(id, cancellationToken) is not { } thread)
            {
                continue;
            }

            var messages = await conversations.GetMessagesAsync(id, int.MaxValue, cancellationToken);
            list.Add(new JsonObject
            {
                ["id"] = thread.Id,
                ["channelId"] = thread.ChannelId,
                ["conversationType"] = thread.ConversationType,
                ["createdAt"] = thread.CreatedAt,
                ["updatedAt"] = thread.UpdatedAt,
                ["messages"] = PersonalDataJson.From(messages),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => conversations.DeletePersonalThreadsAsync(userId, cancellationToken);
}

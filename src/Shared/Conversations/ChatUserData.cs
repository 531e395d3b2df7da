using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Conversations;

/// <summary>What SreBot remembers about a person seen in chat: their channel account and name, and their one-to-one chat.</summary>
internal sealed class ChatUserData(IConversationStore conversations) : IPersonalDataSource
{
    public string Category => "chatUsers";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
        => await conversations.RememberedUserAsync(userId, cancellationToken) is { } user
            ? new JsonArray(PersonalDataJson.From(user))
            : new JsonArray();

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => conversations.ForgetUserAsync(userId, cancellationToken);
}

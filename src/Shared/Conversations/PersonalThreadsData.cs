using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Conversations;

/// <summary>
/// The user's own threads (one-to-one chats with SreBot), whole: every message in them, SreBot's answers included.
/// Erasing deletes the threads with everything hanging off them (messages, traces, card links), overwriting the freed pages.
/// </summary>
internal sealed class PersonalThreadsData(SqliteDatabase database, IConversationStore conversations) : IPersonalDataSource
{
    public string Category => "threads";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        foreach (var id in await ThreadIdsAsync(userId, cancellationToken))
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
                ["messages"] = JsonSerializer.SerializeToNode(messages, JsonSerializerOptions.Web),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            (connection, transaction) => connection.ExecuteAsync(transaction, $"DELETE FROM threads AS t WHERE {PersonalThreadSql.IsPersonalThreadOf}", cancellationToken, ("$user", userId)),
            cancellationToken);

    private async Task<IReadOnlyList<string>> ThreadIdsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"SELECT t.id FROM threads t WHERE {PersonalThreadSql.IsPersonalThreadOf} ORDER BY t.created_at, t.id", ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

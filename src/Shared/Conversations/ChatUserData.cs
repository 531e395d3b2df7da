using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Conversations;

/// <summary>What SreBot remembers about a person seen in chat: their channel account and name, and their one-to-one chat.</summary>
internal sealed class ChatUserData(SqliteDatabase database) : IPersonalDataSource
{
    public string Category => "chatUsers";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT u.channel_account_id, u.name, u.last_seen, p.thread_id, p.updated_at
            FROM chat_users u LEFT JOIN personal_conversations p ON p.user_id = u.user_id
            WHERE u.user_id = $user
            UNION ALL
            SELECT NULL, NULL, NULL, p.thread_id, p.updated_at FROM personal_conversations p
            WHERE p.user_id = $user AND NOT EXISTS (SELECT 1 FROM chat_users u WHERE u.user_id = $user)
            """, ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["userId"] = userId,
                ["channelAccountId"] = reader.IsDBNull(0) ? null : reader.GetString(0),
                ["name"] = reader.IsDBNull(1) ? null : reader.GetString(1),
                ["lastSeen"] = reader.IsDBNull(2) ? null : JsonSerializer.SerializeToNode(SqliteTime.Read(reader.GetString(2))),
                ["personalThreadId"] = reader.IsDBNull(3) ? null : reader.GetString(3),
                ["personalThreadLinkedAt"] = reader.IsDBNull(4) ? null : JsonSerializer.SerializeToNode(SqliteTime.Read(reader.GetString(4))),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
                await connection.ExecuteAsync(transaction, "DELETE FROM personal_conversations WHERE user_id = $user", cancellationToken, ("$user", userId))
                + await connection.ExecuteAsync(transaction, "DELETE FROM chat_users WHERE user_id = $user", cancellationToken, ("$user", userId)),
            cancellationToken);
}

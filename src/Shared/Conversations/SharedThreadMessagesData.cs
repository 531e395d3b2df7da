using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Conversations;

/// <summary>
/// The user's messages in shared threads (group chats, channels): only what the user wrote is exported, nothing of
/// anyone else's. Erasing deletes those messages and SreBot's answers to them (its messages up to the next person's
/// message), since the answers are about the user's request and may quote it; other people's messages stay.
/// </summary>
internal sealed class SharedThreadMessagesData(SqliteDatabase database) : IPersonalDataSource
{
    private const string SharedThreadsOfUser = $"""
        SELECT t.id FROM threads t
        WHERE EXISTS (SELECT 1 FROM thread_messages m WHERE m.thread_id = t.id AND m.direction = 'in' AND m.author_id = $user)
          AND NOT ({PersonalThreadSql.IsPersonalThreadOf})
        """;

    public string Category => "messages";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT m.thread_id, t.channel_id, t.conversation_type, m.author_name, m.at, m.text
            FROM thread_messages m JOIN threads t ON t.id = m.thread_id
            WHERE m.direction = 'in' AND m.author_id = $user AND m.thread_id IN ({SharedThreadsOfUser})
            ORDER BY m.thread_id, m.seq
            """, ("$user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new JsonArray();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new JsonObject
            {
                ["threadId"] = reader.GetString(0),
                ["channelId"] = reader.GetString(1),
                ["conversationType"] = reader.IsDBNull(2) ? null : reader.GetString(2),
                ["authorName"] = reader.IsDBNull(3) ? null : reader.GetString(3),
                ["at"] = JsonSerializer.SerializeToNode(SqliteTime.Read(reader.GetString(4))),
                ["text"] = reader.GetString(5),
            });
        }

        return list;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
            {
                // SreBot's answers first (they are found through the user's messages), then the user's messages.
                var answers = await connection.ExecuteAsync(transaction, $"""
                    DELETE FROM thread_messages WHERE seq IN (
                        SELECT o.seq FROM thread_messages o JOIN thread_messages a ON a.thread_id = o.thread_id
                        WHERE a.direction = 'in' AND a.author_id = $user AND o.direction = 'out' AND o.seq > a.seq
                          AND a.thread_id IN ({SharedThreadsOfUser})
                          AND NOT EXISTS (SELECT 1 FROM thread_messages n
                                          WHERE n.thread_id = o.thread_id AND n.direction = 'in' AND n.seq > a.seq AND n.seq < o.seq))
                    """, cancellationToken, ("$user", userId));
                var own = await connection.ExecuteAsync(transaction, $"""
                    DELETE FROM thread_messages
                    WHERE direction = 'in' AND author_id = $user AND thread_id IN ({SharedThreadsOfUser})
                    """, cancellationToken, ("$user", userId));
                return answers + own;
            },
            cancellationToken);
}

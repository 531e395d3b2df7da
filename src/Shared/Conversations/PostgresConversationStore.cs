using System.Data.Common;
using Npgsql;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Conversations;

/// <summary>
/// The <see cref="IConversationStore"/> on PostgreSQL. Every write is one statement or one transaction of upserts
/// (<c>INSERT … ON CONFLICT</c>), so replicas recording into one thread at once neither fail nor lose a message. Deleting a
/// thread row deletes everything hanging off it through the foreign keys (messages, card and chat links, and other stores'
/// rows: traces, LLM interactions), and every such delete is a <see cref="PostgresSecureDelete"/> that rewrites each table
/// the cascade reached, as the catalogue names them (<see cref="PostgresCascade"/>).
/// </summary>
internal sealed class PostgresConversationStore(PostgresDatabase database, TimeProvider time) : IConversationStore
{
    private const string ReferenceColumns = "t.channel_id, t.service_url, t.conversation_id, t.conversation_type, t.tenant_id";

    public async Task RecordMessageAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertThreadAsync(connection, transaction, conversation, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO thread_messages (thread_id, author_id, author_name, direction, at, text)
            VALUES (@thread, @author, @name, @direction, @at, @text)
            """, cancellationToken,
            ("thread", conversation.ThreadId), ("author", message.AuthorId), ("name", message.AuthorName),
            ("direction", message.Direction), ("at", message.At.ToUniversalTime()), ("text", message.Text));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ChatMessage>> GetMessagesAsync(string threadId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT author_id, author_name, direction, at, text FROM (
                SELECT * FROM thread_messages WHERE thread_id = @thread ORDER BY seq DESC LIMIT @limit
            ) AS latest ORDER BY seq
            """, ("thread", threadId), ("limit", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<ChatMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new ChatMessage(reader.GetString(0), NullableString(reader, 1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4)));
        }

        return messages;
    }

    public async Task RememberUserAsync(ChatUser user, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO chat_users (user_id, channel_account_id, name, last_seen) VALUES (@user, @account, @name, @seen)
            ON CONFLICT (user_id) DO UPDATE SET channel_account_id = excluded.channel_account_id, name = excluded.name, last_seen = excluded.last_seen
            """, cancellationToken, ("user", user.UserId), ("account", user.ChannelAccountId), ("name", user.Name), ("seen", seenAt.ToUniversalTime()));
    }

    public async Task RememberPersonalConversationAsync(string userId, ConversationReference conversation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertThreadAsync(connection, transaction, conversation, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO personal_conversations (user_id, thread_id, updated_at) VALUES (@user, @thread, @now)
            ON CONFLICT (user_id) DO UPDATE SET thread_id = excluded.thread_id, updated_at = excluded.updated_at
            """, cancellationToken, ("user", userId), ("thread", conversation.ThreadId), ("now", time.GetUtcNow().ToUniversalTime()));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RememberChannelConversationAsync(ChannelConversation channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertThreadAsync(connection, transaction, channel.Conversation, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO channel_conversations (teams_channel_id, team_id, thread_id, updated_at) VALUES (@channel, @team, @thread, @now)
            ON CONFLICT (teams_channel_id) DO UPDATE SET team_id = excluded.team_id, thread_id = excluded.thread_id, updated_at = excluded.updated_at
            """, cancellationToken, ("channel", channel.TeamsChannelId), ("team", channel.TeamId), ("thread", channel.Conversation.ThreadId), ("now", time.GetUtcNow().ToUniversalTime()));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelConversation>> ChannelConversationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT c.team_id, c.teams_channel_id, {ReferenceColumns}
            FROM channel_conversations c JOIN threads t ON t.id = c.thread_id ORDER BY c.team_id COLLATE "C", c.teams_channel_id COLLATE "C"
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var channels = new List<ChannelConversation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            channels.Add(new ChannelConversation(reader.GetString(0), reader.GetString(1), ReadReference(reader, 2)));
        }

        return channels;
    }

    public async Task<IReadOnlyList<PersonalConversation>> PersonalConversationsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT p.user_id, u.channel_account_id, {ReferenceColumns}
            FROM personal_conversations p
            JOIN threads t ON t.id = p.thread_id
            JOIN chat_users u ON u.user_id = p.user_id
            WHERE p.user_id = ANY(@ids) ORDER BY p.user_id COLLATE "C"
            """, ("ids", userIds.Distinct(StringComparer.Ordinal).ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var chats = new List<PersonalConversation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            chats.Add(new PersonalConversation(reader.GetString(0), reader.GetString(1), ReadReference(reader, 2)));
        }

        return chats;
    }

    public async Task<IReadOnlyList<string>> ChannelAccountIdsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var wanted = userIds.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "SELECT channel_account_id FROM chat_users WHERE user_id = ANY(@ids) ORDER BY user_id COLLATE \"C\"", ("ids", wanted));
        return await ReadStringsAsync(command, cancellationToken);
    }

    public async Task<bool> DeleteThreadAsync(string threadId, CancellationToken cancellationToken)
        => await EraseThreadsAsync("DELETE FROM threads WHERE id = @thread", cancellationToken, ("thread", threadId)) == 1;

    public Task<int> DeleteThreadsChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => EraseThreadsAsync("DELETE FROM threads WHERE updated_at < @cutoff", cancellationToken, ("cutoff", cutoff.ToUniversalTime()));

    public Task<int> DeletePersonalThreadsAsync(string userId, CancellationToken cancellationToken)
        => EraseThreadsAsync($"DELETE FROM threads AS t WHERE {PersonalThreadSql.IsPersonalThreadOf}", cancellationToken, ("user", userId));

    public async Task<IReadOnlyList<string>> PersonalThreadIdsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null,
            $"SELECT t.id FROM threads t WHERE {PersonalThreadSql.IsPersonalThreadOf} ORDER BY t.created_at, t.id COLLATE \"C\"", ("user", userId));
        return await ReadStringsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<SharedThreadMessage>> SharedThreadMessagesAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT m.thread_id, t.channel_id, t.conversation_type, m.author_name, m.at, m.text
            FROM thread_messages m JOIN threads t ON t.id = m.thread_id
            WHERE m.direction = 'in' AND m.author_id = @user AND m.thread_id IN ({PersonalThreadSql.SharedThreadsOfUser})
            ORDER BY m.thread_id COLLATE "C", m.seq
            """, ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var messages = new List<SharedThreadMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new SharedThreadMessage(reader.GetString(0), reader.GetString(1), NullableString(reader, 2),
                NullableString(reader, 3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        }

        return messages;
    }

    public async Task<int> DeleteSharedThreadMessagesAsync(string userId, CancellationToken cancellationToken)
        => await database.SecureDeleteAsync(
            await database.TablesReachedFromAsync("thread_messages", cancellationToken),
            async (connection, transaction) =>
            {
                // SreBot's answers first (they are found through the user's messages), then the user's messages.
                var answers = await connection.ExecuteAsync(transaction, PersonalThreadSql.DeleteAnswersInSharedThreads, cancellationToken, ("user", userId));
                var own = await connection.ExecuteAsync(transaction, PersonalThreadSql.DeleteOwnMessagesInSharedThreads, cancellationToken, ("user", userId));
                return answers + own;
            },
            cancellationToken);

    public async Task<RememberedChatUser?> RememberedUserAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT u.channel_account_id, u.name, u.last_seen, p.thread_id, p.updated_at
            FROM chat_users u LEFT JOIN personal_conversations p ON p.user_id = u.user_id
            WHERE u.user_id = @user
            UNION ALL
            SELECT NULL, NULL, NULL, p.thread_id, p.updated_at FROM personal_conversations p
            WHERE p.user_id = @user AND NOT EXISTS (SELECT 1 FROM chat_users u WHERE u.user_id = @user)
            """, ("user", userId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new RememberedChatUser(
            userId,
            NullableString(reader, 0),
            NullableString(reader, 1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
            NullableString(reader, 3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4));
    }

    public async Task<int> ForgetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var tables = (await database.TablesReachedFromAsync("personal_conversations", cancellationToken))
            .Concat(await database.TablesReachedFromAsync("chat_users", cancellationToken)).ToList();
        return await database.SecureDeleteAsync(
            tables,
            async (connection, transaction) =>
                await connection.ExecuteAsync(transaction, "DELETE FROM personal_conversations WHERE user_id = @user", cancellationToken, ("user", userId))
                + await connection.ExecuteAsync(transaction, "DELETE FROM chat_users WHERE user_id = @user", cancellationToken, ("user", userId)),
            cancellationToken);
    }

    public async Task RecordApprovalCardAsync(string approvalId, ConversationReference conversation, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertThreadAsync(connection, transaction, conversation, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO approval_cards (approval_id, thread_id, activity_id) VALUES (@approval, @thread, @activity) ON CONFLICT DO NOTHING
            """, cancellationToken, ("approval", approvalId), ("thread", conversation.ThreadId), ("activity", activityId));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApprovalCardMessage>> ApprovalCardsAsync(string approvalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT {ReferenceColumns}, c.activity_id
            FROM approval_cards c JOIN threads t ON t.id = c.thread_id WHERE c.approval_id = @approval
            """, ("approval", approvalId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cards = new List<ApprovalCardMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cards.Add(new ApprovalCardMessage(ReadReference(reader, 0), reader.GetString(5)));
        }

        return cards;
    }

    public async Task<ChatThread?> GetThreadAsync(string threadId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        ChatThread? thread;
        await using (var command = connection.Command(null, "SELECT id, channel_id, conversation_type, created_at, updated_at FROM threads WHERE id = @thread", ("thread", threadId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            thread = new ChatThread(reader.GetString(0), reader.GetString(1), NullableString(reader, 2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4), []);
        }

        await using var participants = connection.Command(null,
            "SELECT author_id FROM thread_messages WHERE thread_id = @thread AND direction = 'in' GROUP BY author_id ORDER BY author_id COLLATE \"C\"",
            ("thread", threadId));
        return thread with { Participants = await ReadStringsAsync(participants, cancellationToken) };
    }

    /// <summary>Deletes threads (one statement) with everything their foreign keys cascade to, rewriting each table reached.</summary>
    private async Task<int> EraseThreadsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        => await database.EraseAsync(await database.TablesReachedFromAsync("threads", cancellationToken), sql, cancellationToken, parameters);

    private async Task UpsertThreadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ConversationReference conversation, CancellationToken cancellationToken)
        => await connection.ExecuteAsync(transaction, """
            INSERT INTO threads (id, channel_id, service_url, conversation_id, conversation_type, tenant_id, created_at, updated_at)
            VALUES (@id, @channel, @serviceUrl, @conversation, @type, @tenant, @now, @now)
            ON CONFLICT (id) DO UPDATE SET service_url = excluded.service_url, updated_at = excluded.updated_at
            """, cancellationToken,
            ("id", conversation.ThreadId), ("channel", conversation.ChannelId), ("serviceUrl", conversation.ServiceUrl),
            ("conversation", conversation.ConversationId), ("type", conversation.ConversationType), ("tenant", conversation.TenantId),
            ("now", time.GetUtcNow().ToUniversalTime()));

    /// <summary>The <see cref="ReferenceColumns"/> read from <paramref name="first"/> on.</summary>
    private static ConversationReference ReadReference(DbDataReader reader, int first)
        => new(reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), NullableString(reader, first + 3), NullableString(reader, first + 4));

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

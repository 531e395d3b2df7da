namespace SreBot.Shared.Conversations;

/// <summary>
/// Which threads are a user's own: one-to-one chats with SreBot (conversation type <c>personal</c>) that the user wrote
/// in or is linked to, and where nobody else wrote. Every other thread the user wrote in is shared: there only the
/// user's own messages are theirs.
/// </summary>
internal static class PersonalThreadSql
{
    /// <summary>A condition on <c>t</c> (a row of <c>threads</c>) with the user bound as <c>@user</c> (the same SQL on SQLite and PostgreSQL).</summary>
    public const string IsPersonalThreadOf = """
        lower(coalesce(t.conversation_type, '')) = 'personal'
        AND (EXISTS (SELECT 1 FROM thread_messages m WHERE m.thread_id = t.id AND m.direction = 'in' AND m.author_id = @user)
             OR EXISTS (SELECT 1 FROM personal_conversations p WHERE p.thread_id = t.id AND p.user_id = @user))
        AND NOT EXISTS (SELECT 1 FROM thread_messages o WHERE o.thread_id = t.id AND o.direction = 'in' AND o.author_id <> @user)
        """;

    /// <summary>The ids of the threads the user (<c>@user</c>) wrote in that are not their own.</summary>
    public const string SharedThreadsOfUser = $"""
        SELECT t.id FROM threads t
        WHERE EXISTS (SELECT 1 FROM thread_messages m WHERE m.thread_id = t.id AND m.direction = 'in' AND m.author_id = @user)
          AND NOT ({IsPersonalThreadOf})
        """;

    /// <summary>
    /// Deletes SreBot's answers to the user's (<c>@user</c>) messages in shared threads: its messages after one of theirs,
    /// up to the next person's message. Run before <see cref="DeleteOwnMessagesInSharedThreads"/>, which they are found through.
    /// </summary>
    public const string DeleteAnswersInSharedThreads = $"""
        DELETE FROM thread_messages WHERE seq IN (
            SELECT o.seq FROM thread_messages o JOIN thread_messages a ON a.thread_id = o.thread_id
            WHERE a.direction = 'in' AND a.author_id = @user AND o.direction = 'out' AND o.seq > a.seq
              AND a.thread_id IN ({SharedThreadsOfUser})
              AND NOT EXISTS (SELECT 1 FROM thread_messages n
                              WHERE n.thread_id = o.thread_id AND n.direction = 'in' AND n.seq > a.seq AND n.seq < o.seq))
        """;

    /// <summary>Deletes the user's (<c>@user</c>) own messages in shared threads.</summary>
    public const string DeleteOwnMessagesInSharedThreads = $"""
        DELETE FROM thread_messages
        WHERE direction = 'in' AND author_id = @user AND thread_id IN ({SharedThreadsOfUser})
        """;
}

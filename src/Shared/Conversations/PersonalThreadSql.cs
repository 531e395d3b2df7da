namespace SreBot.Shared.Conversations;

/// <summary>
/// Which threads are a user's own: one-to-one chats with SreBot (conversation type <c>personal</c>) that the user wrote
/// in or is linked to, and where nobody else wrote. Every other thread the user wrote in is shared: there only the
/// user's own messages are theirs.
/// </summary>
internal static class PersonalThreadSql
{
    /// <summary>A condition on <c>t</c> (a row of <c>threads</c>) with the user bound as <c>$user</c>.</summary>
    public const string IsPersonalThreadOf = """
        lower(coalesce(t.conversation_type, '')) = 'personal'
        AND (EXISTS (SELECT 1 FROM thread_messages m WHERE m.thread_id = t.id AND m.direction = 'in' AND m.author_id = $user)
             OR EXISTS (SELECT 1 FROM personal_conversations p WHERE p.thread_id = t.id AND p.user_id = $user))
        AND NOT EXISTS (SELECT 1 FROM thread_messages o WHERE o.thread_id = t.id AND o.direction = 'in' AND o.author_id <> $user)
        """;

    /// <summary>The ids of the threads the user (<c>$user</c>) wrote in that are not their own.</summary>
    public const string SharedThreadsOfUser = $"""
        SELECT t.id FROM threads t
        WHERE EXISTS (SELECT 1 FROM thread_messages m WHERE m.thread_id = t.id AND m.direction = 'in' AND m.author_id = $user)
          AND NOT ({IsPersonalThreadOf})
        """;
}

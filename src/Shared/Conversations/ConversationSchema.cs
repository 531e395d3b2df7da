using SreBot.Shared.Storage;

namespace SreBot.Shared.Conversations;

internal sealed class ConversationSchema : ISqliteSchema
{
    public string Name => "conversations";

    public string CreateScript => """
        CREATE TABLE IF NOT EXISTS threads (
            id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            conversation_type TEXT NULL,
            tenant_id TEXT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS thread_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            author_id TEXT NOT NULL,
            author_name TEXT NULL,
            direction TEXT NOT NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_thread_messages_thread ON thread_messages (thread_id, seq);
        CREATE TABLE IF NOT EXISTS chat_users (
            user_id TEXT PRIMARY KEY,
            channel_account_id TEXT NOT NULL,
            name TEXT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS personal_conversations (
            user_id TEXT PRIMARY KEY,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS channel_conversations (
            teams_channel_id TEXT PRIMARY KEY,
            team_id TEXT NOT NULL,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS approval_cards (
            approval_id TEXT NOT NULL,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            activity_id TEXT NOT NULL,
            PRIMARY KEY (approval_id, thread_id, activity_id)
        );
        """;
}

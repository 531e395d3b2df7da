-- The PostgreSQL twin of Sqlite/0001_initial.sql and 0002_channel_conversations.sql. Never edit a shipped migration: add the next one.
CREATE TABLE threads (
    id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    service_url TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    conversation_type TEXT NULL,
    tenant_id TEXT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_threads_updated ON threads (updated_at);
CREATE TABLE thread_messages (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL,
    author_name TEXT NULL,
    direction TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX ix_thread_messages_thread ON thread_messages (thread_id, seq);
CREATE TABLE chat_users (
    user_id TEXT PRIMARY KEY,
    channel_account_id TEXT NOT NULL,
    name TEXT NULL,
    last_seen TIMESTAMPTZ NOT NULL
);
CREATE TABLE personal_conversations (
    user_id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_personal_conversations_thread ON personal_conversations (thread_id);
CREATE TABLE approval_cards (
    approval_id TEXT NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL,
    PRIMARY KEY (approval_id, thread_id, activity_id)
);
CREATE INDEX ix_approval_cards_thread ON approval_cards (thread_id);
-- Team channels SreBot was installed in or spoken to, so later work (incidents) can post there without a chat turn.
CREATE TABLE channel_conversations (
    teams_channel_id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_channel_conversations_thread ON channel_conversations (thread_id);

-- Team channels SreBot was installed in or spoken to, so later work (incidents) can post there without a chat turn.
CREATE TABLE channel_conversations (
    teams_channel_id TEXT PRIMARY KEY,
    team_id TEXT NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    updated_at TEXT NOT NULL
);

-- Token use per user per UTC day (limits survive restarts), and - only with Privacy:StorePrompts on - the content
-- of each interaction, in a table of its own that goes with its thread.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS llm_token_usage (
    user_id TEXT NOT NULL,
    day TEXT NOT NULL,
    tokens INTEGER NOT NULL,
    PRIMARY KEY (user_id, day)
);
CREATE TABLE IF NOT EXISTS llm_interactions (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,
    model TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_llm_interactions_user ON llm_interactions (user_id, at);

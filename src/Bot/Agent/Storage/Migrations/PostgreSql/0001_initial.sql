-- The PostgreSQL twin of Sqlite/0001_initial.sql: token use per user per UTC day (limits survive restarts), and - only
-- with Privacy:StorePrompts on - the content of each interaction, in a table of its own that goes with its thread (the
-- conversations store's threads, migrated before this one). Never edit a shipped migration: add the next one.
CREATE TABLE llm_token_usage (
    user_id TEXT NOT NULL,
    day DATE NOT NULL,
    tokens BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
);
CREATE TABLE llm_interactions (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    model TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX ix_llm_interactions_user ON llm_interactions (user_id, at);
CREATE INDEX ix_llm_interactions_thread ON llm_interactions (thread_id);

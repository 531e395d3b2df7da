-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
CREATE TABLE agent_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mode TEXT NOT NULL,
    mode_changed_by TEXT NULL,
    mode_changed_at TIMESTAMPTZ NULL
);
CREATE TABLE agent_resource_groups (
    canonical_id TEXT PRIMARY KEY,
    display_id TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL
);

-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS agent_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    mode TEXT NOT NULL,
    mode_changed_by TEXT NULL,
    mode_changed_at TEXT NULL
);
CREATE TABLE IF NOT EXISTS agent_resource_groups (
    canonical_id TEXT PRIMARY KEY,
    display_id TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);

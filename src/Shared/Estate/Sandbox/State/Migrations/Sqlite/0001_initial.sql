-- The sandbox's mutable state: an append-only log of the restarts and scale operations SreBot made. Rows are never
-- updated or deleted, and AUTOINCREMENT ids never repeat, so "rows after the last id I saw" is a complete change feed.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS sandbox_operations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('Restart', 'Scale')),
    resource_id TEXT NOT NULL,
    scale_unit_id TEXT NULL,
    instance_count INTEGER NULL,
    previous_instance_count INTEGER NULL,
    occurred_at_ms INTEGER NOT NULL,
    caller TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_sandbox_operations_scale_unit ON sandbox_operations (scale_unit_id, occurred_at_ms);

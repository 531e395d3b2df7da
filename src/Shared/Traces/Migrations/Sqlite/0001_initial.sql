-- Traces belong to a thread: deleting the thread deletes its traces.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS investigation_traces (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL,
    resource_id TEXT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    findings TEXT NOT NULL,
    conclusion TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_investigation_traces_thread ON investigation_traces (thread_id, started_at);
CREATE TABLE IF NOT EXISTS investigation_trace_steps (
    trace_id TEXT NOT NULL REFERENCES investigation_traces (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tool TEXT NOT NULL,
    arguments TEXT NOT NULL,
    duration_ms REAL NOT NULL,
    succeeded INTEGER NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (trace_id, position)
);

-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- Traces belong to a thread (the conversations store's table, migrated before this one): deleting the thread deletes its
-- traces. seq stands in for SQLite's rowid, which breaks ties between traces that started at the same moment.
CREATE TABLE investigation_traces (
    id TEXT PRIMARY KEY,
    seq BIGINT GENERATED ALWAYS AS IDENTITY,
    thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL,
    resource_id TEXT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    findings TEXT NOT NULL,
    conclusion TEXT NULL
);
CREATE INDEX ix_investigation_traces_thread ON investigation_traces (thread_id, started_at);
CREATE TABLE investigation_trace_steps (
    trace_id TEXT NOT NULL REFERENCES investigation_traces (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tool TEXT NOT NULL,
    arguments TEXT NOT NULL,
    duration_ms DOUBLE PRECISION NOT NULL,
    succeeded BOOLEAN NOT NULL,
    summary TEXT NOT NULL,
    PRIMARY KEY (trace_id, position)
);

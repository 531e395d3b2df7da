-- Chained records, the pseudonym-to-user mapping (the only personal data, outside the chain), the signed head and the
-- signed checkpoint that retention writes before it deletes records from the front of the chain (the delete trigger
-- lets through only records at or before the checkpoint). It replaces the earlier trigger that refused every delete.
-- Every index also holds the rowid (= sequence), so an equality filter reads its matches in sequence order.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS audit_records (
    sequence INTEGER PRIMARY KEY,
    timestamp TEXT NOT NULL,
    event_type TEXT NOT NULL,
    actor_ref TEXT NULL,
    tool TEXT NULL,
    arguments_hash TEXT NULL,
    decision TEXT NOT NULL,
    outcome TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    detail TEXT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_audit_records_actor_ref ON audit_records (actor_ref);
CREATE INDEX IF NOT EXISTS ix_audit_records_tool ON audit_records (tool);
CREATE INDEX IF NOT EXISTS ix_audit_records_decision ON audit_records (decision);
CREATE INDEX IF NOT EXISTS ix_audit_records_event_type ON audit_records (event_type);
CREATE INDEX IF NOT EXISTS ix_audit_records_timestamp ON audit_records (timestamp);
CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only');
END;
CREATE TABLE IF NOT EXISTS audit_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sequence INTEGER NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    mac TEXT NOT NULL
);
DROP TRIGGER IF EXISTS audit_records_no_delete;
CREATE TRIGGER IF NOT EXISTS audit_records_delete_only_checkpointed BEFORE DELETE ON audit_records
WHEN OLD.sequence > COALESCE((SELECT sequence FROM audit_checkpoint WHERE id = 1), 0)
BEGIN
    SELECT RAISE(ABORT, 'audit records are append-only; only records covered by the checkpoint can be purged');
END;
CREATE TABLE IF NOT EXISTS audit_actors (
    actor_ref TEXT PRIMARY KEY,
    user_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    mac TEXT NOT NULL
);

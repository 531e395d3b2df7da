-- The PostgreSQL twin of Sqlite/0001_initial.sql: chained records, the pseudonym-to-user mapping (the only personal data,
-- outside the chain), the signed head (whose table lock, LOCK TABLE audit_head IN EXCLUSIVE MODE, is the chain's write
-- lock across replicas) and the signed checkpoint that retention writes before it deletes records from the front of the
-- chain. Timestamps are text: the chained text form (AuditTimestamp, 100 ns, fixed width), hashed byte for byte, which a
-- timestamptz (1 us) could not hold; COLLATE "C" makes them compare and sort as on SQLite. Never edit a shipped
-- migration: add the next one.
CREATE TABLE audit_records (
    sequence BIGINT PRIMARY KEY,
    timestamp TEXT COLLATE "C" NOT NULL,
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
CREATE INDEX ix_audit_records_actor_ref ON audit_records (actor_ref, sequence);
CREATE INDEX ix_audit_records_tool ON audit_records (tool, sequence);
CREATE INDEX ix_audit_records_decision ON audit_records (decision, sequence);
CREATE INDEX ix_audit_records_event_type ON audit_records (event_type, sequence);
CREATE INDEX ix_audit_records_timestamp ON audit_records (timestamp);
CREATE TABLE audit_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sequence BIGINT NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    mac TEXT NOT NULL
);
CREATE TABLE audit_actors (
    actor_ref TEXT PRIMARY KEY,
    user_id TEXT NOT NULL
);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_sequence BIGINT NOT NULL,
    last_hash TEXT NOT NULL,
    mac TEXT NOT NULL
);
CREATE FUNCTION audit_records_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only';
END;
$$;
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_update();
CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_update();
CREATE FUNCTION audit_records_refuse_uncheckpointed_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.sequence > COALESCE((SELECT sequence FROM audit_checkpoint WHERE id = 1), 0) THEN
        RAISE EXCEPTION 'audit records are append-only; only records covered by the checkpoint can be purged';
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER audit_records_delete_only_checkpointed BEFORE DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_uncheckpointed_delete();

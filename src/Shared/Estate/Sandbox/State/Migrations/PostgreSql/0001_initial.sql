-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- The sandbox's mutable state: an append-only log of the restarts and scale operations SreBot made. A sequence alone
-- does not make "rows after the last id I saw" a complete change feed (two transactions can commit their ids out of
-- order), so every append takes this table's EXCLUSIVE lock before it draws its id: ids then commit in id order.
CREATE TABLE sandbox_operations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('Restart', 'Scale')),
    resource_id TEXT NOT NULL,
    scale_unit_id TEXT NULL,
    instance_count INTEGER NULL,
    previous_instance_count INTEGER NULL,
    occurred_at_ms BIGINT NOT NULL,
    caller TEXT NOT NULL
);
CREATE INDEX ix_sandbox_operations_scale_unit ON sandbox_operations (scale_unit_id, occurred_at_ms);

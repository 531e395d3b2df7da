-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- Claims select due rows FOR UPDATE SKIP LOCKED, so replicas claiming together take disjoint items without waiting.
CREATE TABLE work_queue (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL,
    item_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    enqueued_at TIMESTAMPTZ NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_holder TEXT NULL,
    lease_until TIMESTAMPTZ NULL,
    UNIQUE (kind, item_key)
);
CREATE INDEX ix_work_queue_kind_lease ON work_queue (kind, lease_until);

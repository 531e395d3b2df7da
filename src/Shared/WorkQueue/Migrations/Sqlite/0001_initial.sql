-- The durable work queue (IWorkQueue). Never edit a shipped migration: add the next one.
-- An item is claimed by setting its lease in one UPDATE; SQLite's single writer makes one claimer win.
CREATE TABLE work_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    item_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    enqueued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_holder TEXT NULL,
    lease_until TEXT NULL,
    UNIQUE (kind, item_key)
);
CREATE INDEX ix_work_queue_kind_lease ON work_queue (kind, lease_until);

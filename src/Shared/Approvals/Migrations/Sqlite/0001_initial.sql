-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS approvals (
    id TEXT PRIMARY KEY,
    tool TEXT NOT NULL,
    arguments TEXT NOT NULL,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requester_roles TEXT NOT NULL,
    binding_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT NULL,
    decided_at TEXT NULL,
    decision_comment TEXT NULL,
    claimed_at TEXT NULL,
    result TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_approvals_status_expires ON approvals (status, expires_at);
CREATE TABLE IF NOT EXISTS approval_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    approval_id TEXT NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    comment TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_approval_events_approval ON approval_events (approval_id, seq);
CREATE TABLE IF NOT EXISTS approval_revocable_roles (
    approval_id TEXT PRIMARY KEY REFERENCES approvals (id) ON DELETE CASCADE,
    roles TEXT NOT NULL
);

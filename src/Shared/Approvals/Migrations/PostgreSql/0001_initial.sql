-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- Every change of status is one conditional UPDATE (WHERE status = ...): under READ COMMITTED a second writer waits for
-- the first's row lock, then re-checks the condition on the row as committed, so exactly one of two replicas wins.
CREATE TABLE approvals (
    id TEXT PRIMARY KEY,
    tool TEXT NOT NULL,
    arguments TEXT NOT NULL,
    target TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    requester_roles TEXT NOT NULL,
    binding_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL,
    decided_by TEXT NULL,
    decided_at TIMESTAMPTZ NULL,
    decision_comment TEXT NULL,
    claimed_at TIMESTAMPTZ NULL,
    result TEXT NULL
);
CREATE INDEX ix_approvals_status_expires ON approvals (status, expires_at);
CREATE TABLE approval_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    approval_id TEXT NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
    at TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    comment TEXT NULL
);
CREATE INDEX ix_approval_events_approval ON approval_events (approval_id, seq);
CREATE TABLE approval_revocable_roles (
    approval_id TEXT PRIMARY KEY REFERENCES approvals (id) ON DELETE CASCADE,
    roles TEXT NOT NULL
);

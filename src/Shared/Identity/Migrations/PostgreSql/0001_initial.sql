-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
CREATE TABLE local_roles (
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, role)
);

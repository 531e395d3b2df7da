-- One row per lease: who holds it and until when (see ILeaseStore). The PostgreSQL twin of Sqlite/0001_initial.sql.
-- Never edit a shipped migration: add the next one.
CREATE TABLE retention_lease (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

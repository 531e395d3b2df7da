-- One row per lease: who holds it and until when (see RetentionLease).
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS retention_lease (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL
) WITHOUT ROWID;

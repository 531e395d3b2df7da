CREATE TABLE IF NOT EXISTS retention_lease (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL
) WITHOUT ROWID;

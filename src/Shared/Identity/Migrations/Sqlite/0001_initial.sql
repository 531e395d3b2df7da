-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS local_roles (
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    assigned_by TEXT NOT NULL,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

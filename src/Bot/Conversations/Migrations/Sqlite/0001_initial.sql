-- The nonces of "forget me" confirmations already used (a replay is refused). No user id is kept.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS forget_me_used_nonces (
    nonce TEXT PRIMARY KEY,
    used_at INTEGER NOT NULL
) WITHOUT ROWID;

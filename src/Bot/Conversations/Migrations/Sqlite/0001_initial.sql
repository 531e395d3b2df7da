CREATE TABLE IF NOT EXISTS forget_me_used_nonces (
    nonce TEXT PRIMARY KEY,
    used_at INTEGER NOT NULL
) WITHOUT ROWID;

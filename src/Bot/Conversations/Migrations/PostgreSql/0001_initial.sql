-- The PostgreSQL twin of Sqlite/0001_initial.sql: the nonces of "forget me" confirmations already used (a replay is
-- refused). No user id is kept. Never edit a shipped migration: add the next one.
CREATE TABLE forget_me_used_nonces (
    nonce TEXT PRIMARY KEY,
    used_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_forget_me_used_nonces_used_at ON forget_me_used_nonces (used_at);

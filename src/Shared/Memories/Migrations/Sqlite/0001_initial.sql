-- Memories and their FTS5 index; the index row id is the memory's seq.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS memories (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'team')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_memories_owner ON memories (owner_id);
CREATE INDEX IF NOT EXISTS ix_memories_created ON memories (created_at);
CREATE VIRTUAL TABLE IF NOT EXISTS memories_fts USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO memories_fts (memories_fts, rank) VALUES ('secure-delete', 1);

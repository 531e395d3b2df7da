-- Documents, their passages, and an external-content FTS5 index over the passages (heading and text). The index uses
-- FTS5 'secure-delete', so deleting a passage removes its terms, not just marks them.
-- Version 1 adopts data directories made before versioned migrations (whose start ran these same statements every
-- time), so it keeps IF NOT EXISTS; later migrations need not. Never edit a shipped migration: add the next one.
CREATE TABLE IF NOT EXISTS knowledge_documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    blob_name TEXT NOT NULL,
    uploaded_by TEXT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_knowledge_documents_uploader ON knowledge_documents (uploaded_by);
CREATE TABLE IF NOT EXISTS knowledge_chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_seq INTEGER NOT NULL REFERENCES knowledge_documents (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_knowledge_chunks_document ON knowledge_chunks (document_seq, position);
CREATE VIRTUAL TABLE IF NOT EXISTS knowledge_fts USING fts5 (
    heading, text, content = 'knowledge_chunks', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO knowledge_fts (knowledge_fts, rank) VALUES ('secure-delete', 1);

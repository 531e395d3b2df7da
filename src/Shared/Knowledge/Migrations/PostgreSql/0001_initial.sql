-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- The full-text index over the passages is a generated tsvector column with a GIN index (FTS5's knowledge_fts on
-- SQLite): the heading weighted A, the text B, so ranking can weigh headings twice the body as bm25(2.0, 1.0) does.
-- Its configuration is 'simple' (language-neutral: runbooks are written in any language and full of identifiers; no
-- stemmer or stop-word list of one language), over the text with ASCII punctuation made spaces so it splits where
-- FTS5's unicode61 does. Storage/Postgres/PostgresFtsQuery.cs reads query words the same way: keep both alike.
CREATE TABLE knowledge_documents (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    chunk_count INTEGER NOT NULL,
    blob_name TEXT NOT NULL,
    uploaded_by TEXT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_knowledge_documents_uploader ON knowledge_documents (uploaded_by);
CREATE TABLE knowledge_chunks (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_seq BIGINT NOT NULL REFERENCES knowledge_documents (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT NULL,
    text TEXT NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, regexp_replace(coalesce(heading, ''), '[[:punct:]]+', ' ', 'g')), 'A')
        || setweight(to_tsvector('simple'::regconfig, regexp_replace(text, '[[:punct:]]+', ' ', 'g')), 'B')) STORED
);
CREATE INDEX ix_knowledge_chunks_document ON knowledge_chunks (document_seq, position);
CREATE INDEX ix_knowledge_chunks_search ON knowledge_chunks USING GIN (search);

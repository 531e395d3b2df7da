-- The PostgreSQL twin of Sqlite/0001_initial.sql. Never edit a shipped migration: add the next one.
-- The full-text index is a generated tsvector column with a GIN index (FTS5's memories_fts on SQLite). Its
-- configuration is 'simple' (language-neutral: facts about systems are written in any language and full of
-- identifiers; no stemmer or stop-word list of one language), over the text with ASCII punctuation made spaces so it
-- splits where FTS5's unicode61 does. Storage/Postgres/PostgresFtsQuery.cs reads query words the same way: keep both alike.
CREATE TABLE memories (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'team')),
    created_at TIMESTAMPTZ NOT NULL,
    created_by TEXT NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace(text, '[[:punct:]]+', ' ', 'g'))) STORED
);
CREATE INDEX ix_memories_owner ON memories (owner_id);
CREATE INDEX ix_memories_created ON memories (created_at);
CREATE INDEX ix_memories_search ON memories USING GIN (search);

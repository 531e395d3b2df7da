-- The PostgreSQL twin of Sqlite/0002_motivation.sql: the finding that motivated a request made from an investigation card's
-- button (SreBot's own diagnosis sentence, redacted and bounded); null for requests typed or made by a tool client.
ALTER TABLE approvals ADD COLUMN motivation TEXT NULL;

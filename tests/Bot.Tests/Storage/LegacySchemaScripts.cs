namespace SreBot.Bot.Tests.Storage;

/// <summary>
/// The <c>CREATE ... IF NOT EXISTS</c> scripts every SreBot before versioned migrations ran at each start, copied verbatim
/// (store name and script, in the Bot host's registration order). Fixture text: never edit it to follow a new migration.
/// </summary>
internal static class LegacySchemaScripts
{
    public static readonly IReadOnlyList<(string Store, string Script)> All =
    [
        ("agent", """
        CREATE TABLE IF NOT EXISTS agent_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            mode TEXT NOT NULL,
            mode_changed_by TEXT NULL,
            mode_changed_at TEXT NULL
        );
        CREATE TABLE IF NOT EXISTS agent_resource_groups (
            canonical_id TEXT PRIMARY KEY,
            display_id TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        """),
        ("local-roles", """
        CREATE TABLE IF NOT EXISTS local_roles (
            user_id TEXT NOT NULL,
            role TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (user_id, role)
        );
        """),
        ("approvals", """
        CREATE TABLE IF NOT EXISTS approvals (
            id TEXT PRIMARY KEY,
            tool TEXT NOT NULL,
            arguments TEXT NOT NULL,
            target TEXT NOT NULL,
            reason TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requester_roles TEXT NOT NULL,
            binding_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            status TEXT NOT NULL,
            decided_by TEXT NULL,
            decided_at TEXT NULL,
            decision_comment TEXT NULL,
            claimed_at TEXT NULL,
            result TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_approvals_status_expires ON approvals (status, expires_at);
        CREATE TABLE IF NOT EXISTS approval_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            approval_id TEXT NOT NULL REFERENCES approvals (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            comment TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_approval_events_approval ON approval_events (approval_id, seq);
        CREATE TABLE IF NOT EXISTS approval_revocable_roles (
            approval_id TEXT PRIMARY KEY REFERENCES approvals (id) ON DELETE CASCADE,
            roles TEXT NOT NULL
        );
        """),
        ("conversations", """
        CREATE TABLE IF NOT EXISTS threads (
            id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            service_url TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            conversation_type TEXT NULL,
            tenant_id TEXT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS thread_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            author_id TEXT NOT NULL,
            author_name TEXT NULL,
            direction TEXT NOT NULL,
            at TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_thread_messages_thread ON thread_messages (thread_id, seq);
        CREATE TABLE IF NOT EXISTS chat_users (
            user_id TEXT PRIMARY KEY,
            channel_account_id TEXT NOT NULL,
            name TEXT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS personal_conversations (
            user_id TEXT PRIMARY KEY,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS approval_cards (
            approval_id TEXT NOT NULL,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            activity_id TEXT NOT NULL,
            PRIMARY KEY (approval_id, thread_id, activity_id)
        );
        """),
        ("traces", """
        CREATE TABLE IF NOT EXISTS investigation_traces (
            id TEXT PRIMARY KEY,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            requested_by TEXT NOT NULL,
            resource_id TEXT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            findings TEXT NOT NULL,
            conclusion TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_investigation_traces_thread ON investigation_traces (thread_id, started_at);
        CREATE TABLE IF NOT EXISTS investigation_trace_steps (
            trace_id TEXT NOT NULL REFERENCES investigation_traces (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tool TEXT NOT NULL,
            arguments TEXT NOT NULL,
            duration_ms REAL NOT NULL,
            succeeded INTEGER NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY (trace_id, position)
        );
        """),
        ("memories", """
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
        """),
        ("knowledge", """
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
        """),
        ("retention", """
        CREATE TABLE IF NOT EXISTS retention_lease (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            expires_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """),
        ("audit", """
        CREATE TABLE IF NOT EXISTS audit_records (
            sequence INTEGER PRIMARY KEY,
            timestamp TEXT NOT NULL,
            event_type TEXT NOT NULL,
            actor_ref TEXT NULL,
            tool TEXT NULL,
            arguments_hash TEXT NULL,
            decision TEXT NOT NULL,
            outcome TEXT NOT NULL,
            correlation_id TEXT NOT NULL,
            detail TEXT NULL,
            previous_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_audit_records_actor_ref ON audit_records (actor_ref);
        CREATE INDEX IF NOT EXISTS ix_audit_records_tool ON audit_records (tool);
        CREATE INDEX IF NOT EXISTS ix_audit_records_decision ON audit_records (decision);
        CREATE INDEX IF NOT EXISTS ix_audit_records_event_type ON audit_records (event_type);
        CREATE INDEX IF NOT EXISTS ix_audit_records_timestamp ON audit_records (timestamp);
        CREATE TRIGGER IF NOT EXISTS audit_records_no_update BEFORE UPDATE ON audit_records
        BEGIN
            SELECT RAISE(ABORT, 'audit records are append-only');
        END;
        CREATE TABLE IF NOT EXISTS audit_checkpoint (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            sequence INTEGER NOT NULL,
            hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            mac TEXT NOT NULL
        );
        DROP TRIGGER IF EXISTS audit_records_no_delete;
        CREATE TRIGGER IF NOT EXISTS audit_records_delete_only_checkpointed BEFORE DELETE ON audit_records
        WHEN OLD.sequence > COALESCE((SELECT sequence FROM audit_checkpoint WHERE id = 1), 0)
        BEGIN
            SELECT RAISE(ABORT, 'audit records are append-only; only records covered by the checkpoint can be purged');
        END;
        CREATE TABLE IF NOT EXISTS audit_actors (
            actor_ref TEXT PRIMARY KEY,
            user_id TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            last_sequence INTEGER NOT NULL,
            last_hash TEXT NOT NULL,
            mac TEXT NOT NULL
        );
        """),
        ("sandbox-estate", """
        CREATE TABLE IF NOT EXISTS sandbox_operations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('Restart', 'Scale')),
            resource_id TEXT NOT NULL,
            scale_unit_id TEXT NULL,
            instance_count INTEGER NULL,
            previous_instance_count INTEGER NULL,
            occurred_at_ms INTEGER NOT NULL,
            caller TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_sandbox_operations_scale_unit ON sandbox_operations (scale_unit_id, occurred_at_ms);
        """),
        ("forget-me", """
        CREATE TABLE IF NOT EXISTS forget_me_used_nonces (
            nonce TEXT PRIMARY KEY,
            used_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """),
        ("llm", """
        CREATE TABLE IF NOT EXISTS llm_token_usage (
            user_id TEXT NOT NULL,
            day TEXT NOT NULL,
            tokens INTEGER NOT NULL,
            PRIMARY KEY (user_id, day)
        );
        CREATE TABLE IF NOT EXISTS llm_interactions (
            id TEXT PRIMARY KEY,
            thread_id TEXT NOT NULL REFERENCES threads (id) ON DELETE CASCADE,
            user_id TEXT NOT NULL,
            at TEXT NOT NULL,
            model TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_llm_interactions_user ON llm_interactions (user_id, at);
        """),
    ];
}

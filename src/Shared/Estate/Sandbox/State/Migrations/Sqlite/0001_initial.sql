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

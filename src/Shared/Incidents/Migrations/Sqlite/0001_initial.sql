-- Incidents and their alerts (IIncidentStore). Never edit a shipped migration: add the next one.
-- resource_key is the resource id in lower case: ARM ids compare case-insensitively.
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    severity TEXT NULL,
    title TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    resource_key TEXT NOT NULL,
    plan TEXT NOT NULL,
    verdict TEXT NULL,
    trace_id TEXT NULL,
    thread_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_alert_at TEXT NOT NULL,
    closed_at TEXT NULL
);
CREATE INDEX ix_incidents_open_resource ON incidents (resource_key, last_alert_at) WHERE closed_at IS NULL;
CREATE INDEX ix_incidents_updated ON incidents (updated_at);
CREATE TABLE incident_alerts (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    count INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    summary TEXT NULL,
    PRIMARY KEY (incident_id, source, dedupe_key)
);
CREATE INDEX ix_incident_alerts_key ON incident_alerts (source, dedupe_key);

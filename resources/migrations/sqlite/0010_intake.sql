-- Schema version 10: the monitoring intake (告警接入). Monitoring systems post alerts over HTTP
-- (core/intake/intake_server.h); each source has a bearer token of which only the SHA-256 is
-- kept. Alerts are deduplicated by (source, fingerprint) and raise warnings (预警).
-- Timestamps UTC ISO 8601.

CREATE TABLE intake_sources (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    format       TEXT NOT NULL CHECK (format IN ('alertmanager', 'zabbix', 'generic')),
    token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);

-- One row per alert identity; count and last_seen grow with every firing notification.
CREATE TABLE intake_alerts (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES intake_sources (id),
    fingerprint  TEXT NOT NULL CHECK (length(fingerprint) > 0),
    incident_id  INTEGER REFERENCES incidents (id),
    status       TEXT NOT NULL CHECK (status IN ('firing', 'resolved')),
    title        TEXT NOT NULL,
    severity     TEXT NOT NULL DEFAULT '',
    system       TEXT NOT NULL DEFAULT '',
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    resolved_at  TEXT,
    count        INTEGER NOT NULL DEFAULT 1 CHECK (count >= 0),
    last_payload TEXT NOT NULL DEFAULT '{}',
    UNIQUE (source_id, fingerprint)
);
CREATE INDEX intake_alerts_incident ON intake_alerts (incident_id);
CREATE INDEX intake_alerts_last_seen ON intake_alerts (last_seen);

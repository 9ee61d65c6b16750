-- Schema version 12: the outbox also carries shift reminders (issue 4), which belong to no
-- incident. SQLite cannot drop a NOT NULL constraint in place, so the table is rebuilt with
-- the same columns and indexes; nothing refers to it.

CREATE TABLE notify_outbox_v12 (
    id              INTEGER PRIMARY KEY,
    dedup_key       TEXT NOT NULL UNIQUE,    -- action key | channel id | recipient
    incident_id     INTEGER REFERENCES incidents (id), -- NULL: a shift reminder
    channel_id      INTEGER NOT NULL,        -- no FK: the row outlives a removed channel
    recipient       TEXT NOT NULL,           -- e-mail address, or contact:<id> / role:<key>
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'gave_up', 'unconfirmed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL DEFAULT '',
    last_error      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    sent_at         TEXT NOT NULL DEFAULT ''
);
INSERT INTO notify_outbox_v12 (id, dedup_key, incident_id, channel_id, recipient, subject, body,
                               status, attempts, next_attempt_at, last_error, created_at, sent_at)
    SELECT id, dedup_key, incident_id, channel_id, recipient, subject, body, status, attempts,
           next_attempt_at, last_error, created_at, sent_at
    FROM notify_outbox;
DROP TABLE notify_outbox;
ALTER TABLE notify_outbox_v12 RENAME TO notify_outbox;
CREATE INDEX notify_outbox_due ON notify_outbox (status, next_attempt_at);
CREATE INDEX notify_outbox_incident ON notify_outbox (incident_id);

-- How many minutes before a shift starts the incoming person is reminded (0 = never).
INSERT OR IGNORE INTO settings (key, value) VALUES ('notify.shift_reminder_minutes', '30');

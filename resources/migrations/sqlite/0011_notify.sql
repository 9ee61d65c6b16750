-- Schema version 11: notification channels, per-person / per-role preferences, the outbox.
-- Secrets (robot keys, tokens, SMTP passwords) are NOT stored here: see core/notify/secret_store.h.

-- The database's identity for the secret store (a random id; secrets are keyed by it).
INSERT OR IGNORE INTO settings (key, value) VALUES ('notify.secret_scope', lower(hex(randomblob(16))));

CREATE TABLE notify_channels (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL CHECK (kind IN ('webhook', 'wecom', 'dingtalk', 'feishu', 'email')),
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    url           TEXT NOT NULL DEFAULT '',
    smtp_host     TEXT NOT NULL DEFAULT '',
    smtp_port     INTEGER NOT NULL DEFAULT 587,
    smtp_security TEXT NOT NULL DEFAULT 'starttls' CHECK (smtp_security IN ('starttls', 'tls', 'none')),
    smtp_from     TEXT NOT NULL DEFAULT '',
    smtp_user     TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL
);

-- "Messages for this person / this duty role go through that channel (to that address)".
CREATE TABLE notify_preferences (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE CASCADE,
    role_key   TEXT NOT NULL DEFAULT '',
    channel_id INTEGER NOT NULL REFERENCES notify_channels (id) ON DELETE CASCADE,
    address    TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK ((contact_id IS NULL) <> (role_key = ''))
);
CREATE INDEX notify_preferences_contact ON notify_preferences (contact_id);
CREATE INDEX notify_preferences_role ON notify_preferences (role_key);

-- Every message, written in the transaction of the escalation step that causes it.
CREATE TABLE notify_outbox (
    id              INTEGER PRIMARY KEY,
    dedup_key       TEXT NOT NULL UNIQUE,    -- action key | channel id | recipient
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
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
CREATE INDEX notify_outbox_due ON notify_outbox (status, next_attempt_at);
CREATE INDEX notify_outbox_incident ON notify_outbox (incident_id);

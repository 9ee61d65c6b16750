-- Schema version 1: the foundation. Timestamps are UTC ISO 8601 text ("2026-01-05T02:10:00.000Z").

-- Institution profile and other database-wide settings (per-desk settings live in QSettings).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES
    ('institution.name', ''),
    ('institution.type', 'securities'),
    ('institution.time_zone', 'Asia/Shanghai'),
    -- On for a new database: dutyctl may write as the OS user until an administrator turns it off.
    ('cli.writes_without_sign_in', '1');

-- People who sign in at the console. A person may hold several roles.
CREATE TABLE operators (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    secret_hash  TEXT NOT NULL,          -- libsodium argon2id string
    roles        TEXT NOT NULL,          -- comma-separated role ids
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Trading calendars imported by users; they override the built-in year of the same number.
CREATE TABLE calendar_years (
    year        INTEGER PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,           -- file name it was imported from
    content     TEXT NOT NULL,           -- the JSON document as imported
    imported_at TEXT NOT NULL
);

-- Append-only, hash-chained audit log: written in the same transaction as every mutation.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,       -- 1, 2, 3 ... without gaps
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,             -- operator login, "os:<user>" or "system"
    action    TEXT NOT NULL,             -- e.g. "operator.create"
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before    TEXT NOT NULL,             -- compact JSON, "" when nothing existed
    after     TEXT NOT NULL,             -- compact JSON, "" when nothing remains
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- The chain's head, kept in step with the log, so that cutting rows off the end is detected.
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    count INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
INSERT INTO audit_head (id, count, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

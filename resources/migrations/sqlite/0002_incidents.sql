-- Schema version 2: incidents and warnings, their timeline, attachments, reports and waivers.

CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,          -- "2026-0007", per year of detection
    title            TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('warning', 'warning_lifted', 'responding',
                                                    'recovered', 'investigating', 'closed')),
    is_drill         INTEGER NOT NULL DEFAULT 0 CHECK (is_drill IN (0, 1)),
    fault_type       TEXT NOT NULL DEFAULT '',
    affected_systems TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    facts            TEXT NOT NULL,                 -- the facts document (facts-file JSON)
    detected_at      TEXT NOT NULL,
    started_at       TEXT NOT NULL,
    recovered_at     TEXT,
    closed_at        TEXT,
    grade            TEXT NOT NULL DEFAULT 'none',  -- I, II, III, IV or none
    graded_at        TEXT,
    rule_set         TEXT NOT NULL DEFAULT '',      -- "<id>@<version>" that graded it
    cause            TEXT NOT NULL DEFAULT '',
    cause_known      INTEGER NOT NULL DEFAULT 0 CHECK (cause_known IN (0, 1)),
    responsibility   TEXT NOT NULL DEFAULT '',
    rectification    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1     -- optimistic locking
);
CREATE INDEX incidents_detected ON incidents (detected_at);
CREATE INDEX incidents_state ON incidents (state);

-- Never edited or deleted: a correction is a new entry that points at the one it corrects.
CREATE TABLE timeline_entries (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,                      -- audit name (login, os:user, system)
    actor_name  TEXT NOT NULL,                      -- as shown
    kind        TEXT NOT NULL,                      -- declared, state, grade, facts, note, report,
                                                    -- waiver, escalation, attachment, checklist
    text        TEXT NOT NULL,
    data        TEXT NOT NULL DEFAULT '',           -- JSON details
    corrects_id INTEGER REFERENCES timeline_entries (id)
);
CREATE INDEX timeline_incident ON timeline_entries (incident_id, at);

CREATE TRIGGER timeline_no_update BEFORE UPDATE ON timeline_entries
BEGIN
    SELECT RAISE(ABORT, 'timeline entries are never edited; add a correction');
END;

CREATE TRIGGER timeline_no_delete BEFORE DELETE ON timeline_entries
BEGIN
    SELECT RAISE(ABORT, 'timeline entries are never deleted; add a correction');
END;

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    entry_id    INTEGER NOT NULL REFERENCES timeline_entries (id),
    file_name   TEXT NOT NULL,
    stored_as   TEXT NOT NULL,                      -- relative to the attachments folder
    sha256      TEXT NOT NULL,
    size        INTEGER NOT NULL,
    added_at    TEXT NOT NULL
);

-- A report submitted for one reporting obligation (key: "<definition>#<sequence>").
CREATE TABLE report_submissions (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    obligation_key TEXT NOT NULL,
    submitted_at   TEXT NOT NULL,
    actor          TEXT NOT NULL,
    body           TEXT NOT NULL,
    entry_id       INTEGER NOT NULL REFERENCES timeline_entries (id),
    UNIQUE (incident_id, obligation_key)
);

-- An obligation waived with a reason, confirmed by a second person.
CREATE TABLE obligation_waivers (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    obligation_key TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    waived_at      TEXT NOT NULL,
    actor          TEXT NOT NULL,
    confirmed_by   TEXT NOT NULL CHECK (confirmed_by <> actor),
    entry_id       INTEGER NOT NULL REFERENCES timeline_entries (id),
    UNIQUE (incident_id, obligation_key)
);

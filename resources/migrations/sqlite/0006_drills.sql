-- Schema version 6: emergency drills (应急演练) and training (应急培训). The rules live in
-- core/drills/drill.h. Timestamps UTC ISO 8601; dates ISO "yyyy-MM-dd" (institution local).

-- A drill: the plan (eight required parts), its approval, the record and the closing answer.
CREATE TABLE drills (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'approved', 'in_progress', 'completed',
                                         'cancelled')),
    purpose            TEXT NOT NULL DEFAULT '',
    scenario           TEXT NOT NULL DEFAULT '',
    planned_start      TEXT NOT NULL DEFAULT '',
    planned_end        TEXT NOT NULL DEFAULT '',
    method             TEXT NOT NULL DEFAULT ''
                       CHECK (method IN ('', 'tabletop', 'functional', 'full_scale',
                                         'switch_over')),
    preparation        TEXT NOT NULL DEFAULT '',
    recording_req      TEXT NOT NULL DEFAULT '',
    recovery_req       TEXT NOT NULL DEFAULT '',
    fault_types        TEXT NOT NULL DEFAULT '[]',          -- JSON array of fault type ids
    approved_at        TEXT NOT NULL DEFAULT '',
    approved_by        TEXT NOT NULL DEFAULT '',
    actual_start       TEXT NOT NULL DEFAULT '',
    actual_end         TEXT NOT NULL DEFAULT '',
    outcome            TEXT NOT NULL DEFAULT ''
                       CHECK (outcome IN ('', 'success', 'partial', 'failed')),
    result_text        TEXT NOT NULL DEFAULT '',
    problems           TEXT NOT NULL DEFAULT '',
    plan_update_needed INTEGER CHECK (plan_update_needed IN (0, 1)),  -- NULL = not answered
    plan_update_note   TEXT NOT NULL DEFAULT '',
    cancel_reason      TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX drills_planned ON drills (planned_start);
CREATE INDEX drills_actual ON drills (actual_start);

CREATE TABLE drill_participants (
    drill_id   INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (drill_id, contact_id)
) WITHOUT ROWID;

-- Systems exercised: target recovery minutes (plan) and measured minutes (record, NULL = not
-- measured).
CREATE TABLE drill_systems (
    drill_id         INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    system           TEXT NOT NULL CHECK (length(trim(system)) > 0),
    target_minutes   INTEGER NOT NULL CHECK (target_minutes >= 0),
    measured_minutes INTEGER CHECK (measured_minutes IS NULL OR measured_minutes >= 0),
    sort_order       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (drill_id, system)
) WITHOUT ROWID;

CREATE TABLE drill_attendance (
    drill_id   INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    present    INTEGER NOT NULL DEFAULT 0 CHECK (present IN (0, 1)),
    role       TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (drill_id, contact_id)
) WITHOUT ROWID;

CREATE TABLE drill_timeline (
    id          INTEGER PRIMARY KEY,
    drill_id    INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    source      TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'drill_mode')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX drill_timeline_drill ON drill_timeline (drill_id, at);

CREATE TABLE drill_findings (
    id         INTEGER PRIMARY KEY,
    drill_id   INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX drill_findings_drill ON drill_findings (drill_id);

-- Improvement actions (整改措施) of a finding.
CREATE TABLE drill_actions (
    id         INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES drill_findings (id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner_id   INTEGER NOT NULL REFERENCES contacts (id),
    due        TEXT NOT NULL,                                   -- date
    status     TEXT NOT NULL DEFAULT 'open'
               CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    evidence   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX drill_actions_finding ON drill_actions (finding_id);
CREATE INDEX drill_actions_due ON drill_actions (status, due);

-- Files beside the database, named by their SHA-256 (like incident attachments).
CREATE TABLE drill_attachments (
    id        INTEGER PRIMARY KEY,
    drill_id  INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    stored_as TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    size      INTEGER NOT NULL,
    added_at  TEXT NOT NULL,
    added_by  TEXT NOT NULL
);
CREATE INDEX drill_attachments_drill ON drill_attachments (drill_id);

CREATE TABLE training_sessions (
    id         INTEGER PRIMARY KEY,
    topic      TEXT NOT NULL CHECK (topic IN ('emergency_plan', 'industry_rules', 'other')),
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on    TEXT NOT NULL,                                   -- date
    trainer    TEXT NOT NULL DEFAULT '',
    materials  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX training_sessions_date ON training_sessions (held_on);

CREATE TABLE training_attendees (
    session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (session_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX training_attendees_contact ON training_attendees (contact_id);

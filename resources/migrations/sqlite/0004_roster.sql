-- Schema version 4: the 7×24 duty roster and escalation. Times are UTC ISO 8601; shift times of
-- day ("08:30") and dates are in the institution time zone (UTC+8).

CREATE TABLE duty_roles (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,     -- duty_leader, it_lead, sysadmin, netadmin,
                                              -- dba, secadmin, liaison, or user-defined
    name            TEXT NOT NULL,            -- zh_CN
    name_en         TEXT NOT NULL DEFAULT '',
    coverage        TEXT NOT NULL CHECK (coverage IN ('24x7', 'trading_days', 'business_hours')),
    backup_required INTEGER NOT NULL DEFAULT 0 CHECK (backup_required IN (0, 1)),
    swap_needs_approval INTEGER NOT NULL DEFAULT 0 CHECK (swap_needs_approval IN (0, 1)),
    builtin         INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    sort_order      INTEGER NOT NULL DEFAULT 0
);

INSERT INTO duty_roles (key, name, name_en, coverage, backup_required, swap_needs_approval,
                        builtin, sort_order) VALUES
    ('duty_leader', '值班负责人', 'Duty leader', '24x7', 1, 1, 1, 1),
    ('it_lead', '信息技术负责人', 'IT lead', '24x7', 1, 1, 1, 2),
    ('sysadmin', '系统管理员', 'System administrator', '24x7', 1, 0, 1, 3),
    ('netadmin', '网络管理员', 'Network administrator', '24x7', 0, 0, 1, 4),
    ('dba', '数据库管理员', 'Database administrator', 'trading_days', 0, 0, 1, 5),
    ('secadmin', '安全管理员', 'Security administrator', 'business_hours', 0, 0, 1, 6),
    ('liaison', '通报联络人', 'Notification liaison', '24x7', 1, 0, 1, 7);

-- A rotation fills one slot (primary or backup) of one role. Higher layer wins where two
-- rotations of the same slot overlap. pattern: JSON, one of
--   {"kind":"shifts","shifts":[{"start":"08:30","hours":12},{"start":"20:30","hours":12}]}
--   {"kind":"daily","handoff":"08:30"}
--   {"kind":"weekly","weekday":1,"handoff":"09:00"}      (weekday 1 = Monday)
-- The member list advances one person per shift, starting at start_date.
CREATE TABLE rotations (
    id         INTEGER PRIMARY KEY,
    role_id    INTEGER NOT NULL REFERENCES duty_roles (id),
    slot       TEXT NOT NULL DEFAULT 'primary' CHECK (slot IN ('primary', 'backup')),
    layer      INTEGER NOT NULL DEFAULT 1,
    name       TEXT NOT NULL DEFAULT '',
    pattern    TEXT NOT NULL,
    start_date TEXT NOT NULL,            -- date
    end_date   TEXT NOT NULL DEFAULT '', -- date (exclusive), "" = open-ended
    members    TEXT NOT NULL,            -- JSON array of contact ids, in order
    updated_at TEXT NOT NULL
);

-- A person takes a slot for an interval (replacing whoever the rotations put there).
CREATE TABLE roster_overrides (
    id          INTEGER PRIMARY KEY,
    role_id     INTEGER NOT NULL REFERENCES duty_roles (id),
    slot        TEXT NOT NULL DEFAULT 'primary' CHECK (slot IN ('primary', 'backup')),
    contact_id  INTEGER NOT NULL REFERENCES contacts (id),
    replaces_id INTEGER REFERENCES contacts (id),
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL CHECK (end_at > start_at),
    reason      TEXT NOT NULL DEFAULT '',
    swap_id     INTEGER REFERENCES roster_swaps (id),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX roster_overrides_role ON roster_overrides (role_id, start_at);

CREATE TABLE roster_leave (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    start_at   TEXT NOT NULL,
    end_at     TEXT NOT NULL CHECK (end_at > start_at),
    kind       TEXT NOT NULL DEFAULT 'leave',    -- leave, sick, training, unavailable
    note       TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX roster_leave_contact ON roster_leave (contact_id, start_at);

-- Requested by one person, accepted by the other, approved by the duty leader where the role
-- needs it; applied as overrides.
CREATE TABLE roster_swaps (
    id            INTEGER PRIMARY KEY,
    role_id       INTEGER NOT NULL REFERENCES duty_roles (id),
    slot          TEXT NOT NULL DEFAULT 'primary' CHECK (slot IN ('primary', 'backup')),
    requester_id  INTEGER NOT NULL REFERENCES contacts (id),
    counterpart_id INTEGER NOT NULL REFERENCES contacts (id),
    give_start    TEXT NOT NULL,           -- the requester's shift the counterpart takes
    give_end      TEXT NOT NULL,
    take_start    TEXT NOT NULL DEFAULT '', -- the counterpart's shift taken back ("" = none)
    take_end      TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL CHECK (state IN ('requested', 'accepted', 'approved',
                                                 'rejected', 'cancelled')),
    note          TEXT NOT NULL DEFAULT '',
    requested_at  TEXT NOT NULL,
    requested_by  TEXT NOT NULL,
    decided_at    TEXT NOT NULL DEFAULT '',
    decided_by    TEXT NOT NULL DEFAULT '',
    CHECK (requester_id <> counterpart_id)
);

CREATE TABLE roster_handovers (
    id          INTEGER PRIMARY KEY,
    role_id     INTEGER NOT NULL REFERENCES duty_roles (id),
    outgoing_id INTEGER REFERENCES contacts (id),
    incoming_id INTEGER REFERENCES contacts (id),
    at          TEXT NOT NULL,            -- the shift change
    open_items  TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX roster_handovers_at ON roster_handovers (at);

-- Escalation policies. grades / fault_types: comma lists ("" = any). levels: JSON array of
--   {"target":"role","role":"duty_leader","timeout":10,"channel":"phone"}
--   {"target":"person","contact":12,"timeout":10}
--   {"target":"succession","timeout":15}
CREATE TABLE escalation_policies (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    grades       TEXT NOT NULL DEFAULT '',
    fault_types  TEXT NOT NULL DEFAULT '',
    repeat_count INTEGER NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
    levels       TEXT NOT NULL,
    priority     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
);

-- What the duty officer recorded for an escalation action: acknowledged, no answer,
-- unavailable. action_key identifies the action the Escalator produced, so nothing is
-- done twice (after a restart the same key is found here).
CREATE TABLE escalation_events (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    action_key  TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('issued', 'acknowledged', 'no_answer',
                                                 'unavailable')),
    contact_id  INTEGER REFERENCES contacts (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entry_id    INTEGER REFERENCES timeline_entries (id),
    UNIQUE (incident_id, action_key, outcome)
);
CREATE INDEX escalation_events_incident ON escalation_events (incident_id);

INSERT INTO escalation_policies (name, grades, fault_types, repeat_count, levels, priority,
                                 updated_at) VALUES
    ('重大及以上事件', 'I,II', '', 2,
     '[{"target":"role","role":"duty_leader","timeout":5,"channel":"phone"},{"target":"role","role":"it_lead","timeout":5,"channel":"phone"},{"target":"succession","timeout":10,"channel":"phone"}]',
     10, '2026-01-01T00:00:00.000Z'),
    ('一般事件', '', '', 1,
     '[{"target":"role","role":"duty_leader","timeout":10,"channel":"phone"},{"target":"role","role":"it_lead","timeout":15,"channel":"phone"},{"target":"succession","timeout":15,"channel":"phone"}]',
     0, '2026-01-01T00:00:00.000Z');

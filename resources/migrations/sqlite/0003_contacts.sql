-- Schema version 3: the contact handbook (应急处置联络手册). `contacts` is THE people table:
-- the roster, escalation, the emergency organization and the action cards all point at it.
-- Dates are ISO "yyyy-MM-dd"; timestamps UTC ISO 8601 as everywhere.

-- Internal departments and related external units.
CREATE TABLE units (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('internal', 'carrier', 'fire', 'power',
                   'air_conditioning', 'hardware_vendor', 'software_vendor', 'security_service',
                   'regulator', 'exchange', 'other')),
    address    TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',                -- E.164 ("+86...") or ""
    notes      TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Phones are stored normalised (E.164, "+861381234567"; extension as "+86105555666;ext=12")
-- after libphonenumber validation; "" when the person has none.
CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_id        INTEGER REFERENCES units (id),
    position       TEXT NOT NULL DEFAULT '',
    mobile         TEXT NOT NULL DEFAULT '',
    office_phone   TEXT NOT NULL DEFAULT '',
    duty_phone     TEXT NOT NULL DEFAULT '',
    fax            TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    backup_id      INTEGER REFERENCES contacts (id),   -- 备岗
    last_verified  TEXT NOT NULL DEFAULT '',            -- date, "" = never
    notes          TEXT NOT NULL DEFAULT '',
    in_handbook    INTEGER NOT NULL DEFAULT 1 CHECK (in_handbook IN (0, 1)),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    operator_login TEXT NOT NULL DEFAULT '',            -- the operator this person signs in as
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    CHECK (backup_id IS NULL OR backup_id <> id)
);
CREATE INDEX contacts_unit ON contacts (unit_id);
CREATE INDEX contacts_name ON contacts (name);
CREATE INDEX contacts_mobile ON contacts (mobile);

-- The emergency organization: positions in the decision body (指挥决策机构, chaired by the
-- principal leader) and the executive body (执行机构). key_tasks: JSON array of strings (they
-- go on the action cards).
CREATE TABLE org_positions (
    id          INTEGER PRIMARY KEY,
    body        TEXT NOT NULL CHECK (body IN ('decision', 'executive')),
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    department  TEXT NOT NULL DEFAULT '',  -- business, technology, risk, settlement, finance,
                                           -- customer_service, security, general, or free text
    is_chair    INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
    key_tasks   TEXT NOT NULL DEFAULT '[]',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL
);

CREATE TABLE org_members (
    position_id INTEGER NOT NULL REFERENCES org_positions (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (position_id, contact_id)
) WITHOUT ROWID;

-- Decision succession order (决策递补顺序): rank 1 decides first.
CREATE TABLE succession_order (
    rank       INTEGER PRIMARY KEY CHECK (rank >= 1),
    contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts (id)
);

-- Notification contacts (通报联络人): the IT lead (primary) and the backup.
CREATE TABLE notification_contacts (
    slot       TEXT PRIMARY KEY NOT NULL CHECK (slot IN ('primary', 'backup')),
    contact_id INTEGER NOT NULL REFERENCES contacts (id),
    duty_phone TEXT NOT NULL DEFAULT '',
    fax        TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- When the notification contacts were communicated, and to whom.
CREATE TABLE notification_communications (
    id           INTEGER PRIMARY KEY,
    communicated TEXT NOT NULL,             -- date
    recipient    TEXT NOT NULL,             -- regulator or unit, as written
    unit_id      INTEGER REFERENCES units (id),
    method       TEXT NOT NULL DEFAULT '',  -- letter, fax, e-mail, system
    notes        TEXT NOT NULL DEFAULT '',
    recorded_at  TEXT NOT NULL
);

-- Service agreements with related units (通信、消防、电力、空调、软硬件、安全服务).
CREATE TABLE agreements (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
    unit_id            INTEGER NOT NULL REFERENCES units (id),
    our_contact_id     INTEGER REFERENCES contacts (id),
    their_contact_id   INTEGER REFERENCES contacts (id),
    scope              TEXT NOT NULL DEFAULT '',
    response_method    TEXT NOT NULL DEFAULT '',
    response_time      TEXT NOT NULL DEFAULT '',   -- as agreed, e.g. "2 小时到场"
    valid_from         TEXT NOT NULL DEFAULT '',   -- date
    valid_to           TEXT NOT NULL DEFAULT '',   -- date, "" = open-ended
    review_period_days INTEGER NOT NULL DEFAULT 365 CHECK (review_period_days > 0),
    last_review        TEXT NOT NULL DEFAULT '',   -- date
    last_review_result TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL
);

-- Every change to something printed in the handbook; the handbook is "changed since its last
-- distribution" when a change is newer than the newest distribution.
CREATE TABLE handbook_changes (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,          -- contact, unit, position, agreement, notification
    entity_id  INTEGER NOT NULL,
    unit_id    INTEGER,                -- the unit concerned, when there is one
    summary    TEXT NOT NULL
);
CREATE INDEX handbook_changes_at ON handbook_changes (at);

CREATE TABLE handbook_distributions (
    id             INTEGER PRIMARY KEY,
    version        INTEGER NOT NULL UNIQUE,
    distributed_at TEXT NOT NULL,
    actor          TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
);

INSERT INTO settings (key, value) VALUES ('handbook.verify_days', '90');

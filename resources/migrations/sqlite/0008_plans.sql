-- Schema version 8: the emergency plan register (应急预案) and the preparation inventories
-- (technical documents and backups, spare parts and supplies, emergency budget). The rules
-- live in core/plans/plan_register.h and core/inventory/inventory_register.h. Timestamps UTC
-- ISO 8601; dates ISO "yyyy-MM-dd" (institution local).

-- A version of the emergency plan.
CREATE TABLE plan_versions (
    id             INTEGER PRIMARY KEY,
    label          TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    major          INTEGER NOT NULL CHECK (major >= 1),
    minor          INTEGER NOT NULL CHECK (minor >= 0),
    effective_on   TEXT NOT NULL,
    approved_by    TEXT NOT NULL DEFAULT '',
    approved_on    TEXT NOT NULL DEFAULT '',
    change_summary TEXT NOT NULL DEFAULT '',
    major_change   INTEGER NOT NULL DEFAULT 0 CHECK (major_change IN (0, 1)),
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (major, minor)
);

-- The ten required contents of a version; a missing row is a missing section.
CREATE TABLE plan_sections (
    plan_id INTEGER NOT NULL REFERENCES plan_versions (id) ON DELETE CASCADE,
    section TEXT NOT NULL
            CHECK (section IN ('purpose', 'scope', 'organization', 'prevention', 'warning',
                               'classification', 'reporting_flow', 'principles', 'procedures',
                               'investigation')),
    body    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, section)
);

-- The report flow of the plan per fault type (procedures and notices stay in their libraries).
CREATE TABLE plan_report_flows (
    fault_type TEXT PRIMARY KEY,
    flow       TEXT NOT NULL CHECK (length(trim(flow)) > 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);

-- The review log: annual reviews and reviews a drill asked for.
CREATE TABLE plan_reviews (
    id            INTEGER PRIMARY KEY,
    reviewed_on   TEXT NOT NULL,
    reviewer      TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    result        TEXT NOT NULL CHECK (length(trim(result)) > 0),
    change_needed INTEGER NOT NULL DEFAULT 0 CHECK (change_needed IN (0, 1)),
    drill_id      INTEGER REFERENCES drills (id) ON DELETE SET NULL,
    plan_id       INTEGER REFERENCES plan_versions (id) ON DELETE RESTRICT,
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX plan_reviews_date ON plan_reviews (reviewed_on);
CREATE INDEX plan_reviews_drill ON plan_reviews (drill_id);

-- Filing (备案) of a version with the CSRC or the local CSRC bureau.
CREATE TABLE plan_filings (
    id             INTEGER PRIMARY KEY,
    plan_id        INTEGER NOT NULL REFERENCES plan_versions (id) ON DELETE RESTRICT,
    regulator      TEXT NOT NULL CHECK (regulator IN ('csrc', 'local_bureau')),
    regulator_name TEXT NOT NULL DEFAULT '',
    filed_on       TEXT NOT NULL,
    receipt_no     TEXT NOT NULL CHECK (length(trim(receipt_no)) > 0),
    filed_by       TEXT NOT NULL CHECK (length(trim(filed_by)) > 0),
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX plan_filings_plan ON plan_filings (plan_id);

-- Technical documents and software backups.
CREATE TABLE tech_documents (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('network_topology', 'device_configuration', 'system_software',
                                 'manuals', 'emergency_manuals')),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    location     TEXT NOT NULL CHECK (length(trim(location)) > 0),
    custodian    TEXT NOT NULL DEFAULT '',
    last_checked TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

-- Spare parts and emergency supplies.
CREATE TABLE supply_items (
    id             INTEGER PRIMARY KEY,
    category       TEXT NOT NULL
                   CHECK (category IN ('spare_parts', 'communication', 'fire',
                                       'emergency_lighting', 'other')),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    quantity       INTEGER NOT NULL CHECK (quantity >= 0),
    unit           TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    location       TEXT NOT NULL CHECK (length(trim(location)) > 0),
    last_stocktake TEXT NOT NULL DEFAULT '',
    expiry         TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);

-- The emergency budget line, one per year.
CREATE TABLE emergency_budgets (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency     TEXT NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
    approved_by  TEXT NOT NULL DEFAULT '',
    approved_on  TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
);

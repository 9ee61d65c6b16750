-- Schema version 9: configuration management (配置管理), system change (系统变更), system testing
-- (系统测试) and delivery (交付). The rules live in core/config/config_registry.h,
-- core/changes/change_register.h, core/testing/test_register.h and
-- core/delivery/delivery_register.h. Timestamps UTC ISO 8601; dates ISO "yyyy-MM-dd".

-- Kinds of configuration item: the seven of the standard plus user-defined ones.
CREATE TABLE config_kinds (
    id      TEXT PRIMARY KEY CHECK (length(trim(id)) > 0),
    name    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);
INSERT INTO config_kinds (id, name, builtin) VALUES
    ('server', '服务器', 1),
    ('storage', '存储设备', 1),
    ('network_device', '网络设备', 1),
    ('security_device', '安全设备', 1),
    ('operating_system', '操作系统', 1),
    ('application', '应用系统', 1),
    ('database', '数据库', 1);

-- A configuration item. A deleted item keeps its row (deleted_at set) so that its number is
-- never given again and its history and links stay readable.
CREATE TABLE config_items (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    kind           TEXT NOT NULL REFERENCES config_kinds (id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description    TEXT NOT NULL DEFAULT '',
    owner_id       INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    status         TEXT NOT NULL CHECK (status IN ('planned', 'in_service', 'degraded', 'retired')),
    system_class   INTEGER NOT NULL CHECK (system_class BETWEEN 1 AND 5),
    location       TEXT NOT NULL DEFAULT '',
    last_confirmed TEXT NOT NULL DEFAULT '',
    replaced_by    INTEGER REFERENCES config_items (id),
    deleted_at     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX config_items_kind ON config_items (kind);

-- Relations between items: A runs on B, A depends on B, A is part of B.
CREATE TABLE config_relations (
    id        INTEGER PRIMARY KEY,
    from_item INTEGER NOT NULL REFERENCES config_items (id),
    to_item   INTEGER NOT NULL REFERENCES config_items (id),
    kind      TEXT NOT NULL CHECK (kind IN ('runs_on', 'depends_on', 'part_of')),
    CHECK (from_item <> to_item),
    UNIQUE (from_item, to_item, kind)
);
CREATE INDEX config_relations_to ON config_relations (to_item);

-- Every add, modify, replace and delete of an item, with the item before and after.
CREATE TABLE config_history (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES config_items (id),
    action      TEXT NOT NULL CHECK (action IN ('add', 'modify', 'replace', 'delete')),
    before_json TEXT NOT NULL DEFAULT '',
    after_json  TEXT NOT NULL DEFAULT '',
    change_id   INTEGER REFERENCES changes (id),
    note        TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    by          TEXT NOT NULL
);
CREATE INDEX config_history_item ON config_history (item_id, at);
CREATE INDEX config_history_change ON config_history (change_id);

-- Configuration audits: a run lists the items not confirmed within the period; its findings
-- record the discrepancies found and their correction.
CREATE TABLE config_audits (
    id           INTEGER PRIMARY KEY,
    started_on   TEXT NOT NULL,
    period_days  INTEGER NOT NULL CHECK (period_days > 0),
    performed_by TEXT NOT NULL CHECK (length(trim(performed_by)) > 0),
    note         TEXT NOT NULL DEFAULT '',
    closed_on    TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE TABLE config_audit_findings (
    id          INTEGER PRIMARY KEY,
    audit_id    INTEGER NOT NULL REFERENCES config_audits (id),
    item_id     INTEGER NOT NULL REFERENCES config_items (id),
    kind        TEXT NOT NULL CHECK (kind IN ('unconfirmed', 'discrepancy')),
    description TEXT NOT NULL DEFAULT '',
    correction  TEXT NOT NULL DEFAULT '',
    corrected_on TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX config_audit_findings_audit ON config_audit_findings (audit_id);

-- The items an incident affected (the incident's free-text systems stay for the unknown).
CREATE TABLE incident_config_items (
    incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES config_items (id),
    PRIMARY KEY (incident_id, item_id)
);
CREATE INDEX incident_config_items_item ON incident_config_items (item_id);

-- Problems (drill findings) an item is linked to.
CREATE TABLE config_item_findings (
    item_id    INTEGER NOT NULL REFERENCES config_items (id),
    finding_id INTEGER NOT NULL REFERENCES drill_findings (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, finding_id)
);

-- A change request and its life: draft → submitted → approved → implementing → implemented
-- or rolled back → reviewed; rejected and cancelled end it early.
CREATE TABLE changes (
    id                  INTEGER PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,          -- "CHG-2026-0007"
    title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
    state               TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved',
                                                       'rejected', 'implementing', 'implemented',
                                                       'rolled_back', 'reviewed', 'cancelled')),
    urgency             TEXT NOT NULL CHECK (urgency IN ('normal', 'emergency')),
    goal                TEXT NOT NULL DEFAULT '',
    window_start        TEXT NOT NULL,
    window_end          TEXT NOT NULL,
    markets             TEXT NOT NULL DEFAULT '',      -- comma-separated market ids
    people              TEXT NOT NULL DEFAULT '',
    steps               TEXT NOT NULL DEFAULT '',
    test_plan           TEXT NOT NULL DEFAULT '',
    implementation_plan TEXT NOT NULL DEFAULT '',
    risk_controls       TEXT NOT NULL DEFAULT '',
    emergency_plan      TEXT NOT NULL DEFAULT '',
    rollback_plan       TEXT NOT NULL DEFAULT '',
    applicant_id        INTEGER NOT NULL REFERENCES operators (id),
    implementer_id      INTEGER REFERENCES operators (id),
    reviewer_id         INTEGER REFERENCES operators (id),
    approver_id         INTEGER REFERENCES operators (id),
    technical_risk      TEXT NOT NULL DEFAULT '',
    business_risk       TEXT NOT NULL DEFAULT '',
    assessment          TEXT NOT NULL DEFAULT '',
    decided_at          TEXT NOT NULL DEFAULT '',
    in_trading_hours    INTEGER NOT NULL DEFAULT 0 CHECK (in_trading_hours IN (0, 1)),
    started_at          TEXT NOT NULL DEFAULT '',
    finished_at         TEXT NOT NULL DEFAULT '',
    outcome             TEXT NOT NULL DEFAULT '',
    goal_reached        INTEGER NOT NULL DEFAULT 0 CHECK (goal_reached IN (0, 1)),
    production_impact   TEXT NOT NULL DEFAULT '',
    config_updated      INTEGER NOT NULL DEFAULT 0 CHECK (config_updated IN (0, 1)),
    review_note         TEXT NOT NULL DEFAULT '',
    reviewed_at         TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX changes_window ON changes (window_start);
CREATE INDEX changes_state ON changes (state);

CREATE TABLE change_items (
    change_id INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES config_items (id),
    PRIMARY KEY (change_id, item_id)
);
CREATE INDEX change_items_item ON change_items (item_id);

-- Tests run before and after a change's implementation.
CREATE TABLE change_tests (
    id          INTEGER PRIMARY KEY,
    change_id   INTEGER NOT NULL REFERENCES changes (id) ON DELETE CASCADE,
    phase       TEXT NOT NULL CHECK (phase IN ('before', 'after')),
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    passed      INTEGER NOT NULL CHECK (passed IN (0, 1)),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);
CREATE INDEX change_tests_change ON change_tests (change_id);

-- Test plans in the simulation or the production environment, and their report.
CREATE TABLE test_plans (
    id                INTEGER PRIMARY KEY,
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    environment       TEXT NOT NULL CHECK (environment IN ('simulation', 'production')),
    aspects           TEXT NOT NULL DEFAULT '',   -- comma-separated: function,performance,...
    scope             TEXT NOT NULL DEFAULT '',
    window_start      TEXT NOT NULL,
    window_end        TEXT NOT NULL,
    markets           TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL CHECK (state IN ('planned', 'running', 'completed',
                                                     'cancelled')),
    backup_record     TEXT NOT NULL DEFAULT '',
    backup_at         TEXT NOT NULL DEFAULT '',
    announcement      TEXT NOT NULL DEFAULT '',
    announced_at      TEXT NOT NULL DEFAULT '',
    operations_staff  TEXT NOT NULL DEFAULT '',  -- production operations staff who run it
    restore_record    TEXT NOT NULL DEFAULT '',
    verification      TEXT NOT NULL DEFAULT '',
    report            TEXT NOT NULL DEFAULT '',
    passed            INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
    started_at        TEXT NOT NULL DEFAULT '',
    completed_at      TEXT NOT NULL DEFAULT '',
    change_id         INTEGER REFERENCES changes (id) ON DELETE SET NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE test_plan_items (
    plan_id INTEGER NOT NULL REFERENCES test_plans (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES config_items (id),
    PRIMARY KEY (plan_id, item_id)
);

-- Deliveries: the checklist per category, the training of the operations staff, the delivery
-- plan (responsibilities and steps) and its records.
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    supplier         TEXT NOT NULL DEFAULT '',
    item_id          INTEGER REFERENCES config_items (id),
    responsibilities TEXT NOT NULL DEFAULT '',
    steps            TEXT NOT NULL DEFAULT '',
    planned_on       TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL CHECK (state IN ('planned', 'in_progress', 'accepted')),
    accepted_on      TEXT NOT NULL DEFAULT '',
    accepted_by      TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE delivery_checklist (
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    category    TEXT NOT NULL CHECK (category IN ('software', 'hardware', 'documents',
                                                  'manuals', 'training_material', 'tools',
                                                  'agreements')),
    status      TEXT NOT NULL CHECK (status IN ('pending', 'received', 'not_applicable')),
    detail      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (delivery_id, category)
);
CREATE TABLE delivery_training (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    held_on     TEXT NOT NULL,
    trainer     TEXT NOT NULL CHECK (length(trim(trainer)) > 0),
    attendees   TEXT NOT NULL CHECK (length(trim(attendees)) > 0),
    topic       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE delivery_records (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    by          TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

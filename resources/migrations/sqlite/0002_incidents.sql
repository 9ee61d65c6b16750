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
    form           TEXT NOT NULL,                   -- the form filed (a summary may be met
                                                    -- by a preliminary report)
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

-- Users' copies of grading rule sets; the settings key grading.rule_set names the one in force
-- (a built-in id or one of these; the highest version of an id is used).
CREATE TABLE rule_sets (
    id       TEXT NOT NULL,
    version  INTEGER NOT NULL,
    content  TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (id, version)
);

INSERT INTO settings (key, value) VALUES ('grading.rule_set', 'csrc-2012');

-- Handling procedures per fault type (from the emergency plan): the checklist opened inside
-- an incident. Steps are a JSON array of strings. Checked steps are timeline entries.
CREATE TABLE procedures (
    fault_type TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL,
    steps      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

INSERT INTO procedures (fault_type, title, steps, updated_at) VALUES
('trading_outage', '交易系统中断处置流程', '["确认现场人员人身安全","确认故障范围：受影响的交易系统、营业部和客户数量","立即通知值班负责人和信息技术负责人，启动应急预案","切换至备用系统或备用线路，记录切换时间","电话报告住所地证监局（较大及以上事件）","通过官网、APP 和客服发布统一口径的投资者公告","恢复后验证交易、行情、清算数据一致性","记录恢复时间，提交恢复报告"]', '2026-01-01T00:00:00.000Z'),
('market_data', '行情异常处置流程', '["确认现场人员人身安全","比对多路行情源，确认异常范围","切换备用行情源","通知客服中心统一解释口径","恢复后核对行情数据并记录"]', '2026-01-01T00:00:00.000Z'),
('network', '网络故障处置流程', '["确认现场人员人身安全","定位故障链路与设备（核心交换机、防火墙、专线）","切换备用链路，联系通信运营商","确认交易与行情链路恢复","记录故障与恢复时间"]', '2026-01-01T00:00:00.000Z'),
('data_leak', '数据泄露处置流程', '["确认现场人员人身安全","隔离涉事系统与账户，保全日志证据","评估泄露数据类型与涉及投资者数量","立即报告住所地证监局，涉及计算机犯罪的报告公安机关","按要求告知受影响投资者","持续报告事件进展"]', '2026-01-01T00:00:00.000Z'),
('cyber_attack', '网络攻击处置流程', '["确认现场人员人身安全","启动流量清洗或封堵攻击源","联系安全服务商协助分析","保全证据，必要时报告公安机关","确认业务恢复并加固"]', '2026-01-01T00:00:00.000Z'),
('facility', '机房电力、空调故障处置流程', '["确认现场人员人身安全（电气、消防）","联系电力、空调保障单位","检查 UPS 与发电机状态，必要时有序关停非核心设备","评估是否切换至灾备机房","恢复后检查设备状态"]', '2026-01-01T00:00:00.000Z'),
('settlement', '清算结算异常处置流程', '["确认现场人员人身安全","确认清算批处理中断环节","与登记结算机构、存管银行核对数据","开市前无法完成时立即报告","恢复后核对资金与证券余额"]', '2026-01-01T00:00:00.000Z'),
('other', '通用处置流程', '["确认现场人员人身安全","确认影响范围并通知值班负责人","按应急预案采取处置措施","按规定报告事件情况","恢复后验证并记录"]', '2026-01-01T00:00:00.000Z');

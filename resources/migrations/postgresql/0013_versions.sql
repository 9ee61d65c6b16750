-- Schema version 13: optimistic locking (issue 12) for the records edited in dialogs that had
-- no version yet. A save against an older version is refused, naming who changed the record
-- and when (from the audit log).

ALTER TABLE units ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE agreements ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE org_positions ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE duty_roles ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE rotations ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE escalation_policies ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

-- Schema version 12: the outbox also carries shift reminders (issue 4), which belong to no
-- incident. PostgreSQL drops the NOT NULL constraint in place.

ALTER TABLE notify_outbox ALTER COLUMN incident_id DROP NOT NULL; -- NULL: a shift reminder

-- How many minutes before a shift starts the incoming person is reminded (0 = never).
INSERT INTO settings (key, value) VALUES ('notify.shift_reminder_minutes', '30') ON CONFLICT DO NOTHING;

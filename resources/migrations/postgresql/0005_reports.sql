-- Schema version 5: custom report templates (issue 7). Built-in templates ship inside the
-- program and are never stored here; a custom template is a user's copy, edited.

CREATE TABLE report_templates (
    id          TEXT PRIMARY KEY CHECK (id <> '' AND id !~ '[^a-z0-9_]'),
    header      TEXT NOT NULL,                 -- the header comment as in a template file
    body        TEXT NOT NULL,                 -- the mustache body without the header
    context     TEXT NOT NULL,                 -- incident, drill, year, handbook (for listing)
    language    TEXT NOT NULL,                 -- zh_CN or en
    forms       TEXT NOT NULL DEFAULT '',      -- report form ids, space-separated
    based_on    TEXT NOT NULL DEFAULT '',      -- the built-in (or custom) it was copied from
    version     BIGINT NOT NULL DEFAULT 1,    -- optimistic locking
    updated_at  TEXT NOT NULL,                 -- UTC ISO 8601
    updated_by  TEXT NOT NULL                  -- audit name of the last writer
);

-- Which template (and its version) a submitted report was rendered from; '' when the report
-- was written by hand or before templates existed.
ALTER TABLE report_submissions ADD COLUMN template_id TEXT NOT NULL DEFAULT '';
ALTER TABLE report_submissions ADD COLUMN template_version BIGINT NOT NULL DEFAULT 0;

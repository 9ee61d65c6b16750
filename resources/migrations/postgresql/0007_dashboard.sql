-- Schema version 7: what the dashboard's charts read (core/dashboard/dashboard_stats.h).

-- The due time (UTC ISO 8601) the reporting obligation had when its report was submitted.
-- NULL for reports submitted before this version, or owed with no due time yet (reported
-- before the anchor): the timeliness chart leaves those out.
ALTER TABLE report_submissions ADD COLUMN due_at TEXT;
CREATE INDEX report_submissions_due ON report_submissions (due_at, submitted_at, incident_id);

-- Time to recover per quarter of recovery.
CREATE INDEX incidents_recovered ON incidents (recovered_at, started_at, is_drill, state);
-- Incidents per month: the month buckets read only this index.
CREATE INDEX incidents_detected_stats ON incidents (detected_at, is_drill, state, grade);
-- The few drill incidents (left out of the charts outside a drill database).
CREATE INDEX incidents_drill ON incidents (is_drill) WHERE is_drill = 1;

-- When an improvement action was closed (done or cancelled; UTC ISO 8601), NULL while open:
-- the dashboard counts the actions open at each month end. Kept by the triggers below, so
-- every writer records it; a reopened action is open again. Actions closed before this
-- version take their last update as the closing time.
ALTER TABLE drill_actions ADD COLUMN closed_at TEXT;
UPDATE drill_actions SET closed_at = updated_at WHERE status IN ('done', 'cancelled');

-- PostgreSQL: one BEFORE trigger sets the closing time on the row being written.
CREATE FUNCTION drill_actions_closed_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IN ('done', 'cancelled') THEN
            NEW.closed_at := NEW.updated_at;
        END IF;
    ELSIF (NEW.status IN ('done', 'cancelled')) <> (OLD.status IN ('done', 'cancelled')) THEN
        NEW.closed_at := CASE WHEN NEW.status IN ('done', 'cancelled') THEN NEW.updated_at END;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER drill_actions_closed_on_insert BEFORE INSERT ON drill_actions
    FOR EACH ROW EXECUTE FUNCTION drill_actions_closed_at();
CREATE TRIGGER drill_actions_closed_on_update BEFORE UPDATE OF status ON drill_actions
    FOR EACH ROW EXECUTE FUNCTION drill_actions_closed_at();

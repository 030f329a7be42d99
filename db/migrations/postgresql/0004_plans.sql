CREATE TRIGGER treatment_plans_refuse_delete BEFORE DELETE ON treatment_plans
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a treatment plan cannot be deleted: discontinue it instead');

CREATE TRIGGER treatment_plans_refuse_truncate BEFORE TRUNCATE ON treatment_plans
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a treatment plan cannot be deleted: discontinue it instead');

CREATE TRIGGER outcome_measures_refuse_update BEFORE UPDATE ON outcome_measures
    FOR EACH ROW
    WHEN (NOT (OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND NEW.void_reason <> ''
               AND NEW.id = OLD.id AND NEW.client_id = OLD.client_id AND NEW.kind = OLD.kind
               AND NEW.taken_on = OLD.taken_on AND NEW.answers = OLD.answers
               AND NEW.score IS NOT DISTINCT FROM OLD.score AND NEW.notes = OLD.notes
               AND NEW.entered_at = OLD.entered_at AND NEW.entered_by = OLD.entered_by))
    EXECUTE FUNCTION knotwork_refuse('an outcome measure cannot be changed: void it and enter it again');

CREATE TRIGGER outcome_measures_refuse_delete BEFORE DELETE ON outcome_measures
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('an outcome measure cannot be deleted: void it instead');

CREATE TRIGGER outcome_measures_refuse_truncate BEFORE TRUNCATE ON outcome_measures
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('an outcome measure cannot be deleted: void it instead');

CREATE TRIGGER note_findings_refuse_update BEFORE UPDATE ON note_findings
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the findings of a signed note cannot be changed');

CREATE TRIGGER note_findings_refuse_delete BEFORE DELETE ON note_findings
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the findings of a signed note cannot be deleted');

CREATE TRIGGER note_findings_refuse_truncate BEFORE TRUNCATE ON note_findings
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('the findings of a signed note cannot be deleted');

CREATE TRIGGER note_findings_only_signed_notes BEFORE INSERT ON note_findings
    FOR EACH ROW EXECUTE FUNCTION knotwork_require_signed_note('findings are kept for signed session notes only');

-- Notes signed before this version: their findings from the stored bodies, as the SQLite part
-- fills them (a practice built on a server has none yet, but its upgrades run here all the same).
INSERT INTO note_findings
SELECT id, client_id, visit_date, diary_days, headache_days, average_intensity, worst_intensity,
       CAST(CAST(body AS JSONB) #>> '{subjective,medication_days}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,flexion,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,flexion,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,extension,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,extension,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,rotation_left,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,rotation_left,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,rotation_right,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,rotation_right,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,lateral_flexion_left,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,lateral_flexion_left,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,lateral_flexion_right,before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,rom,lateral_flexion_right,after}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,cfrt_left}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{objective,cfrt_right}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{assessment,pain_before}' AS BIGINT),
       CAST(CAST(body AS JSONB) #>> '{assessment,pain_after}' AS BIGINT)
FROM session_notes WHERE status = 'signed';

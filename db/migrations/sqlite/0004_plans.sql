-- A plan is part of the record: it changes (audited) but is never removed.
CREATE TRIGGER treatment_plans_refuse_delete BEFORE DELETE ON treatment_plans
BEGIN
    SELECT RAISE(ABORT, 'a treatment plan cannot be deleted: discontinue it instead');
END;

-- A measure is entered once. The one change allowed is voiding it, with a reason, once.
CREATE TRIGGER outcome_measures_refuse_update BEFORE UPDATE ON outcome_measures
WHEN NOT (OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL AND NEW.void_reason <> ''
          AND NEW.id = OLD.id AND NEW.client_id = OLD.client_id AND NEW.kind = OLD.kind
          AND NEW.taken_on = OLD.taken_on AND NEW.answers = OLD.answers
          AND NEW.score IS OLD.score AND NEW.notes = OLD.notes
          AND NEW.entered_at = OLD.entered_at AND NEW.entered_by = OLD.entered_by)
BEGIN
    SELECT RAISE(ABORT, 'an outcome measure cannot be changed: void it and enter it again');
END;

CREATE TRIGGER outcome_measures_refuse_delete BEFORE DELETE ON outcome_measures
BEGIN
    SELECT RAISE(ABORT, 'an outcome measure cannot be deleted: void it instead');
END;

CREATE TRIGGER note_findings_refuse_update BEFORE UPDATE ON note_findings
BEGIN
    SELECT RAISE(ABORT, 'the findings of a signed note cannot be changed');
END;

CREATE TRIGGER note_findings_refuse_delete BEFORE DELETE ON note_findings
BEGIN
    SELECT RAISE(ABORT, 'the findings of a signed note cannot be deleted');
END;

CREATE TRIGGER note_findings_only_signed_notes BEFORE INSERT ON note_findings
WHEN (SELECT status FROM session_notes WHERE id = NEW.note_id) IS NOT 'signed'
BEGIN
    SELECT RAISE(ABORT, 'findings are kept for signed session notes only');
END;

-- Notes signed before this version: their findings from the stored bodies.
INSERT INTO note_findings
SELECT id, client_id, visit_date, diary_days, headache_days, average_intensity, worst_intensity,
       json_extract(body, '$.subjective.medication_days'),
       json_extract(body, '$.objective.rom.flexion.before'),
       json_extract(body, '$.objective.rom.flexion.after'),
       json_extract(body, '$.objective.rom.extension.before'),
       json_extract(body, '$.objective.rom.extension.after'),
       json_extract(body, '$.objective.rom.rotation_left.before'),
       json_extract(body, '$.objective.rom.rotation_left.after'),
       json_extract(body, '$.objective.rom.rotation_right.before'),
       json_extract(body, '$.objective.rom.rotation_right.after'),
       json_extract(body, '$.objective.rom.lateral_flexion_left.before'),
       json_extract(body, '$.objective.rom.lateral_flexion_left.after'),
       json_extract(body, '$.objective.rom.lateral_flexion_right.before'),
       json_extract(body, '$.objective.rom.lateral_flexion_right.after'),
       json_extract(body, '$.objective.cfrt_left'),
       json_extract(body, '$.objective.cfrt_right'),
       json_extract(body, '$.assessment.pain_before'),
       json_extract(body, '$.assessment.pain_after')
FROM session_notes WHERE status = 'signed';

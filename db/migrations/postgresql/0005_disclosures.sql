CREATE TRIGGER disclosures_refuse_update BEFORE UPDATE ON disclosures
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the disclosure log cannot be changed');

CREATE TRIGGER disclosures_refuse_delete BEFORE DELETE ON disclosures
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('the disclosure log cannot be deleted from');

CREATE TRIGGER disclosures_refuse_truncate BEFORE TRUNCATE ON disclosures
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('the disclosure log cannot be deleted from');

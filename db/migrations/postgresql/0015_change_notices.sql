-- After each statement that changed rows of a table the app shows: pg_notify('knotwork_changes',
-- payload), the payload being the table's name, then ':' and the client's id when every changed
-- row concerns that one client (TG_ARGV[0] names the column that holds it; without it, or when
-- the rows concern several clients, the table alone). The changed rows are the transition table
-- changed_rows. PostgreSQL sends the notices when the transaction commits, identical ones once.
CREATE FUNCTION knotwork_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed BIGINT;
    clients_concerned BIGINT;
    client BIGINT;
    payload TEXT := TG_TABLE_NAME;
BEGIN
    IF TG_NARGS = 0 THEN
        SELECT count(*) INTO changed FROM changed_rows;
    ELSE
        EXECUTE format('SELECT count(*), count(DISTINCT %1$I), min(%1$I) FROM changed_rows', TG_ARGV[0])
            INTO changed, clients_concerned, client;
        IF clients_concerned = 1 THEN
            payload := payload || ':' || client;
        END IF;
    END IF;
    IF changed > 0 THEN
        PERFORM pg_notify('knotwork_changes', payload);
    END IF;
    RETURN NULL;
END
$$;

-- Three triggers a table (a transition table serves one event only): <table>_notify_insert,
-- _update and _delete. The audit trail, the record chain and the schema's own tables are left
-- out: every write adds to them, and no screen lists them as they change.
DO $$
DECLARE
    watched RECORD;
    event TEXT;
BEGIN
    FOR watched IN
        SELECT * FROM (VALUES
            ('clients', 'id'), ('attachments', 'client_id'), ('providers', NULL), ('diagnoses', 'client_id'),
            ('care_team', 'client_id'), ('screenings', 'client_id'), ('clearances', 'client_id'),
            ('consents', 'client_id'), ('practice_settings', NULL), ('session_notes', 'client_id'),
            ('note_addenda', NULL), ('treatment_plans', 'client_id'), ('plan_templates', NULL),
            ('outcome_measures', 'client_id'), ('note_findings', 'client_id'), ('disclosures', 'client_id'),
            ('flag_withdrawals', 'client_id'), ('clearance_extensions', NULL), ('services', NULL),
            ('appointments', 'client_id'), ('time_off', NULL), ('waitlist', 'client_id'),
            ('opening_hours', NULL), ('invoices', 'client_id'), ('invoice_lines', NULL),
            ('packages', 'client_id'), ('gift_certificates', NULL), ('payments', 'client_id')
        ) AS tables (name, client_column)
    LOOP
        FOREACH event IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s TABLE AS changed_rows '
                           'FOR EACH STATEMENT EXECUTE FUNCTION knotwork_notify_change(%s)',
                           watched.name || '_notify_' || event, upper(event), watched.name,
                           CASE event WHEN 'delete' THEN 'OLD' ELSE 'NEW' END,
                           coalesce(quote_literal(watched.client_column), ''));
        END LOOP;
    END LOOP;
END
$$;

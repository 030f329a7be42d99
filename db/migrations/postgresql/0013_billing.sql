CREATE TRIGGER invoices_only_void BEFORE UPDATE ON invoices
    FOR EACH ROW
    WHEN (NOT (OLD.status = 'issued' AND NEW.status = 'void' AND NEW.voided_at IS NOT NULL AND NEW.void_reason <> ''
               AND NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.number IS NOT DISTINCT FROM OLD.number
               AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id AND NEW.billed_to IS NOT DISTINCT FROM OLD.billed_to
               AND NEW.issued_on IS NOT DISTINCT FROM OLD.issued_on AND NEW.currency IS NOT DISTINCT FROM OLD.currency
               AND NEW.tax_name IS NOT DISTINCT FROM OLD.tax_name
               AND NEW.tax_basis_points IS NOT DISTINCT FROM OLD.tax_basis_points
               AND NEW.subtotal_cents IS NOT DISTINCT FROM OLD.subtotal_cents
               AND NEW.tax_cents IS NOT DISTINCT FROM OLD.tax_cents
               AND NEW.total_cents IS NOT DISTINCT FROM OLD.total_cents
               AND NEW.appointment_id IS NOT DISTINCT FROM OLD.appointment_id
               AND NEW.package_id IS NOT DISTINCT FROM OLD.package_id
               AND NEW.replaces_id IS NOT DISTINCT FROM OLD.replaces_id
               AND NEW.issued_at IS NOT DISTINCT FROM OLD.issued_at))
    EXECUTE FUNCTION knotwork_refuse('an issued invoice cannot be changed, only voided once');

CREATE TRIGGER invoices_refuse_delete BEFORE DELETE ON invoices
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('an invoice cannot be deleted: void it');

CREATE TRIGGER invoices_refuse_truncate BEFORE TRUNCATE ON invoices
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('an invoice cannot be deleted: void it');

CREATE TRIGGER invoice_lines_refuse_update BEFORE UPDATE ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('an invoice''s lines cannot be changed');

CREATE TRIGGER invoice_lines_refuse_delete BEFORE DELETE ON invoice_lines
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('an invoice''s lines cannot be deleted');

CREATE TRIGGER invoice_lines_refuse_truncate BEFORE TRUNCATE ON invoice_lines
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('an invoice''s lines cannot be deleted');

CREATE TRIGGER payments_refuse_update BEFORE UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a payment cannot be changed: record a refund');

CREATE TRIGGER payments_refuse_delete BEFORE DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a payment cannot be deleted: record a refund');

CREATE TRIGGER payments_refuse_truncate BEFORE TRUNCATE ON payments
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a payment cannot be deleted: record a refund');

CREATE TRIGGER packages_refuse_update BEFORE UPDATE ON packages
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a package cannot be changed');

CREATE TRIGGER packages_refuse_delete BEFORE DELETE ON packages
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a package cannot be deleted');

CREATE TRIGGER packages_refuse_truncate BEFORE TRUNCATE ON packages
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a package cannot be deleted');

CREATE TRIGGER gift_certificates_refuse_update BEFORE UPDATE ON gift_certificates
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a gift certificate cannot be changed');

CREATE TRIGGER gift_certificates_refuse_delete BEFORE DELETE ON gift_certificates
    FOR EACH ROW EXECUTE FUNCTION knotwork_refuse('a gift certificate cannot be deleted');

CREATE TRIGGER gift_certificates_refuse_truncate BEFORE TRUNCATE ON gift_certificates
    FOR EACH STATEMENT EXECUTE FUNCTION knotwork_refuse('a gift certificate cannot be deleted');

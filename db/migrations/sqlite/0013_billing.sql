-- What was billed and paid stays on record as it was written: an invoice's one change is being
-- voided, once, with its moment and reason; its lines, payments, packages and gift certificates
-- never change, and none of them is ever deleted.
CREATE TRIGGER invoices_only_void BEFORE UPDATE ON invoices
WHEN NOT (OLD.status = 'issued' AND NEW.status = 'void' AND NEW.voided_at IS NOT NULL AND NEW.void_reason <> ''
          AND NEW.id IS OLD.id AND NEW.number IS OLD.number AND NEW.client_id IS OLD.client_id
          AND NEW.billed_to IS OLD.billed_to AND NEW.issued_on IS OLD.issued_on AND NEW.currency IS OLD.currency
          AND NEW.tax_name IS OLD.tax_name AND NEW.tax_basis_points IS OLD.tax_basis_points
          AND NEW.subtotal_cents IS OLD.subtotal_cents AND NEW.tax_cents IS OLD.tax_cents
          AND NEW.total_cents IS OLD.total_cents AND NEW.appointment_id IS OLD.appointment_id
          AND NEW.package_id IS OLD.package_id AND NEW.replaces_id IS OLD.replaces_id
          AND NEW.issued_at IS OLD.issued_at)
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice cannot be changed, only voided once');
END;

CREATE TRIGGER invoices_refuse_delete BEFORE DELETE ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an invoice cannot be deleted: void it');
END;

CREATE TRIGGER invoice_lines_refuse_update BEFORE UPDATE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an invoice''s lines cannot be changed');
END;

CREATE TRIGGER invoice_lines_refuse_delete BEFORE DELETE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an invoice''s lines cannot be deleted');
END;

CREATE TRIGGER payments_refuse_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a payment cannot be changed: record a refund');
END;

CREATE TRIGGER payments_refuse_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'a payment cannot be deleted: record a refund');
END;

CREATE TRIGGER packages_refuse_update BEFORE UPDATE ON packages
BEGIN
    SELECT RAISE(ABORT, 'a package cannot be changed');
END;

CREATE TRIGGER packages_refuse_delete BEFORE DELETE ON packages
BEGIN
    SELECT RAISE(ABORT, 'a package cannot be deleted');
END;

CREATE TRIGGER gift_certificates_refuse_update BEFORE UPDATE ON gift_certificates
BEGIN
    SELECT RAISE(ABORT, 'a gift certificate cannot be changed');
END;

CREATE TRIGGER gift_certificates_refuse_delete BEFORE DELETE ON gift_certificates
BEGIN
    SELECT RAISE(ABORT, 'a gift certificate cannot be deleted');
END;

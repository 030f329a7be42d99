-- Fees, payments and receipts (issue 24). Portable SQL; see 0001. Choices are stored by their keys
-- (modules/billing/billing_choices.cpp); amounts in cents; days as 'YYYY-MM-DD'; moments as UTC
-- 'YYYY-MM-DDTHH:MM:SSZ'. Invoices, their lines, payments, packages and gift certificates are
-- appended and never changed; the one change an invoice takes is being voided, once (the dialect
-- part refuses every other).

-- Whether the practice's sales tax is charged on a service, and the US superbill's procedure code.
ALTER TABLE services ADD COLUMN taxable INTEGER NOT NULL DEFAULT 1 CHECK (taxable IN (0, 1));
ALTER TABLE services ADD COLUMN cpt_code VARCHAR(16) NOT NULL DEFAULT '97124';

-- The ICD-10 code as the referring provider wrote it (empty: none given).
ALTER TABLE diagnoses ADD COLUMN icd10_code VARCHAR(16) NOT NULL DEFAULT '';

-- The billing settings, saved on their own (billing_row_version): the currency, the sales tax
-- (its name, rate in basis points and the practice's registration number), which rules the
-- receipts follow, how a receipt names the service, and the therapist's US NPI.
ALTER TABLE practice_settings ADD COLUMN billing_currency VARCHAR(3) NOT NULL DEFAULT 'CAD'
    CHECK (LENGTH(billing_currency) = 3);
ALTER TABLE practice_settings ADD COLUMN tax_name VARCHAR(16) NOT NULL DEFAULT 'HST';
ALTER TABLE practice_settings ADD COLUMN tax_basis_points INTEGER NOT NULL DEFAULT 0
    CHECK (tax_basis_points BETWEEN 0 AND 10000);
ALTER TABLE practice_settings ADD COLUMN tax_number VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN receipt_rules VARCHAR(16) NOT NULL DEFAULT 'ontario'
    CHECK (receipt_rules IN ('ontario', 'united_states'));
ALTER TABLE practice_settings ADD COLUMN service_wording VARCHAR(200) NOT NULL DEFAULT 'Massage Therapy treatment';
ALTER TABLE practice_settings ADD COLUMN npi VARCHAR(10) NOT NULL DEFAULT '';
ALTER TABLE practice_settings ADD COLUMN billing_row_version INTEGER NOT NULL DEFAULT 0;

-- An invoice as issued: numbered 1, 2, 3 … without gaps (the store takes MAX + 1 under the write
-- lock), the client's name and the tax as they were then. A visit's invoice names its
-- appointment; one from a package names it (package_id: the packages table refers back to its
-- sale invoice, so the store checks this one). A correction names the void invoice it replaces.
CREATE TABLE invoices (
    id {{id_primary_key}},
    number BIGINT NOT NULL UNIQUE CHECK (number >= 1),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    billed_to VARCHAR(200) NOT NULL,
    issued_on VARCHAR(10) NOT NULL CHECK (issued_on LIKE '____-__-__'),
    currency VARCHAR(3) NOT NULL CHECK (LENGTH(currency) = 3),
    tax_name VARCHAR(16) NOT NULL,
    tax_basis_points INTEGER NOT NULL CHECK (tax_basis_points BETWEEN 0 AND 10000),
    subtotal_cents BIGINT NOT NULL CHECK (subtotal_cents >= 0),
    tax_cents BIGINT NOT NULL CHECK (tax_cents >= 0),
    total_cents BIGINT NOT NULL,
    appointment_id BIGINT REFERENCES appointments (id),
    package_id BIGINT,
    replaces_id BIGINT REFERENCES invoices (id),
    status VARCHAR(8) NOT NULL CHECK (status IN ('issued', 'void')),
    voided_at VARCHAR(20),
    void_reason TEXT NOT NULL,
    issued_at VARCHAR(20) NOT NULL,
    CHECK (total_cents = subtotal_cents + tax_cents),
    CHECK ((status = 'issued' AND voided_at IS NULL AND void_reason = '')
           OR (status = 'void' AND voided_at IS NOT NULL AND void_reason <> ''))
);
-- A client's invoices, newest first.
CREATE INDEX invoices_by_client ON invoices (client_id, number);
-- A month or a year of invoices.
CREATE INDEX invoices_by_day ON invoices (issued_on, number);
-- At most one issued invoice per visit (a void one leaves the visit to be checked out again).
CREATE UNIQUE INDEX invoices_one_per_visit ON invoices (appointment_id)
    WHERE status = 'issued' AND appointment_id IS NOT NULL;

-- What an invoice charges, in the order printed.
CREATE TABLE invoice_lines (
    id {{id_primary_key}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    kind VARCHAR(24) NOT NULL
        CHECK (kind IN ('visit', 'late_cancellation', 'no_show', 'package_sale', 'gift_certificate_sale')),
    description TEXT NOT NULL,
    appointment_id BIGINT REFERENCES appointments (id),
    service_date VARCHAR(10) CHECK (service_date LIKE '____-__-__'),
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 480),
    amount_cents BIGINT NOT NULL CHECK (amount_cents >= 0),
    tax_cents BIGINT NOT NULL CHECK (tax_cents >= 0),
    cpt_code VARCHAR(16) NOT NULL
);
CREATE UNIQUE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position);

-- A prepaid series of visits of one service, sold on its invoice.
CREATE TABLE packages (
    id {{id_primary_key}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    service_id BIGINT NOT NULL REFERENCES services (id),
    name VARCHAR(200) NOT NULL CHECK (name <> ''),
    visits INTEGER NOT NULL CHECK (visits BETWEEN 1 AND 100),
    price_cents BIGINT NOT NULL CHECK (price_cents >= 0),
    sale_invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    sold_on VARCHAR(10) NOT NULL CHECK (sold_on LIKE '____-__-__')
);
CREATE INDEX packages_by_client ON packages (client_id, sold_on, id);
CREATE INDEX packages_by_day ON packages (sold_on, id);

-- A gift certificate: its code as printed, upper case with dashes (found by it ignoring both).
CREATE TABLE gift_certificates (
    id {{id_primary_key}},
    code VARCHAR(32) NOT NULL UNIQUE CHECK (code <> ''),
    purchaser_id BIGINT NOT NULL REFERENCES clients (id),
    recipient_name VARCHAR(200) NOT NULL,
    amount_cents BIGINT NOT NULL CHECK (amount_cents > 0),
    sale_invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    sold_on VARCHAR(10) NOT NULL CHECK (sold_on LIKE '____-__-__')
);
CREATE INDEX gift_certificates_by_purchaser ON gift_certificates (purchaser_id, id);
CREATE INDEX gift_certificates_by_day ON gift_certificates (sold_on, id);

-- A payment toward an invoice, or a refund (a negative amount with its reason). A tip is apart
-- from the amount. A gift certificate's or a package's payment names which.
CREATE TABLE payments (
    id {{id_primary_key}},
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    received_on VARCHAR(10) NOT NULL CHECK (received_on LIKE '____-__-__'),
    method VARCHAR(24) NOT NULL
        CHECK (method IN ('cash', 'card', 'e_transfer', 'cheque', 'gift_certificate', 'package')),
    amount_cents BIGINT NOT NULL,
    tip_cents BIGINT NOT NULL CHECK (tip_cents >= 0),
    reference VARCHAR(200) NOT NULL,
    gift_certificate_id BIGINT REFERENCES gift_certificates (id),
    package_id BIGINT REFERENCES packages (id),
    reason TEXT NOT NULL,
    recorded_at VARCHAR(20) NOT NULL,
    CHECK (amount_cents >= 0 OR reason <> ''),
    CHECK ((method = 'gift_certificate' AND gift_certificate_id IS NOT NULL)
           OR (method <> 'gift_certificate' AND gift_certificate_id IS NULL)),
    CHECK ((method = 'package' AND package_id IS NOT NULL) OR (method <> 'package' AND package_id IS NULL))
);
CREATE INDEX payments_by_invoice ON payments (invoice_id, id);
CREATE INDEX payments_by_client ON payments (client_id, received_on, id);
CREATE INDEX payments_by_day ON payments (received_on, id);
-- What was paid with a certificate, and the visits taken from a package.
CREATE INDEX payments_by_certificate ON payments (gift_certificate_id, received_on)
    WHERE gift_certificate_id IS NOT NULL;
CREATE INDEX payments_by_package ON payments (package_id, received_on) WHERE package_id IS NOT NULL;

-- The invoice a receipt was given for.
ALTER TABLE disclosures ADD COLUMN invoice_id BIGINT REFERENCES invoices (id);

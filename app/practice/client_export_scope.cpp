#include "app/practice/client_export_scope.h"

#include <array>
#include <stdexcept>

namespace knotwork::app {

namespace {

struct TableRule {
    std::string_view table;
    std::string_view condition;
};

// Portable SQL, read on a practice file and on a clinic server alike (db/table_rows_server.cpp
// reads ?1 as $1): "1 = 0" for none, and a subquery in FROM is named.

// The ids of the client's rows in the tables others refer to.
#define KW_NOTES "(SELECT id FROM session_notes WHERE client_id = ?1)"
#define KW_CLEARANCES "(SELECT id FROM clearances WHERE client_id = ?1)"
#define KW_APPOINTMENTS "(SELECT id FROM appointments WHERE client_id = ?1)"
#define KW_INVOICES "(SELECT id FROM invoices WHERE client_id = ?1)"

constexpr std::array kRules{
    TableRule{"schema_version", ""},
    TableRule{"practice_settings", ""},
    TableRule{"clients", "id = ?1"},
    TableRule{"attachments",
              "client_id = ?1 OR id IN (SELECT letter_attachment_id FROM clearances WHERE client_id = ?1)"
              " OR id IN (SELECT logo_attachment_id FROM practice_settings)"
              " OR id IN (SELECT signature_attachment_id FROM practice_settings)"},
    TableRule{"providers",
              "id IN (SELECT provider_id FROM diagnoses WHERE client_id = ?1"
              " UNION SELECT provider_id FROM care_team WHERE client_id = ?1"
              " UNION SELECT provider_id FROM clearances WHERE client_id = ?1"
              " UNION SELECT provider_id FROM consents WHERE client_id = ?1"
              " UNION SELECT recipient_id FROM disclosures WHERE client_id = ?1)"},
    TableRule{"diagnoses", "client_id = ?1"},
    TableRule{"care_team", "client_id = ?1"},
    TableRule{"screenings", "client_id = ?1"},
    TableRule{"clearances", "client_id = ?1"},
    TableRule{"consents", "client_id = ?1"},
    TableRule{"session_notes", "client_id = ?1"},
    TableRule{"note_addenda", "note_id IN " KW_NOTES},
    TableRule{"treatment_plans", "client_id = ?1"},
    TableRule{"plan_templates", "id IN (SELECT template_id FROM treatment_plans WHERE client_id = ?1)"},
    TableRule{"outcome_measures", "client_id = ?1"},
    TableRule{"note_findings", "client_id = ?1"},
    TableRule{"disclosures", "client_id = ?1"},
    TableRule{"flag_withdrawals", "client_id = ?1"},
    TableRule{"clearance_extensions", "clearance_id IN " KW_CLEARANCES},
    // The client's visits on the book and their waitlist entries, with the services they were
    // booked as; the therapist's hours and time off are not the client's.
    TableRule{"services",
              "id IN (SELECT service_id FROM appointments WHERE client_id = ?1"
              " UNION SELECT service_id FROM waitlist WHERE client_id = ?1"
              " UNION SELECT service_id FROM packages WHERE client_id = ?1)"},
    TableRule{"appointments", "client_id = ?1"},
    TableRule{"waitlist", "client_id = ?1"},
    // The reminders emailed to the client about those visits.
    TableRule{"reminder_log", "appointment_id IN " KW_APPOINTMENTS},
    // What the client was billed and paid, their packages and the certificates they bought (a
    // certificate someone else bought for them stays the buyer's).
    TableRule{"invoices", "client_id = ?1"},
    TableRule{"invoice_lines", "invoice_id IN " KW_INVOICES},
    TableRule{"packages", "client_id = ?1"},
    TableRule{"gift_certificates", "purchaser_id = ?1"},
    TableRule{"payments", "client_id = ?1"},
    TableRule{"time_off", "1 = 0"},
    TableRule{"opening_hours", "1 = 0"},
    // The audit rows about the records above (entity ids are stored as text).
    TableRule{"audit_log",
              "(entity = 'client' AND entity_id = CAST(?1 AS TEXT))"
              " OR (entity IN ('note', 'note_findings') AND entity_id IN (SELECT CAST(id AS TEXT) FROM session_notes WHERE client_id = ?1))"
              " OR (entity = 'addendum' AND entity_id IN (SELECT CAST(id AS TEXT) FROM note_addenda WHERE note_id IN " KW_NOTES "))"
              " OR (entity = 'plan' AND entity_id IN (SELECT CAST(id AS TEXT) FROM treatment_plans WHERE client_id = ?1))"
              " OR (entity = 'measure' AND entity_id IN (SELECT CAST(id AS TEXT) FROM outcome_measures WHERE client_id = ?1))"
              " OR (entity = 'screening' AND entity_id IN (SELECT CAST(id AS TEXT) FROM screenings WHERE client_id = ?1))"
              " OR (entity = 'clearance' AND entity_id IN (SELECT CAST(id AS TEXT) FROM " KW_CLEARANCES " AS chosen))"
              " OR (entity = 'clearance_extension' AND entity_id IN (SELECT CAST(id AS TEXT) FROM " KW_CLEARANCES " AS chosen))"
              " OR (entity = 'consent' AND entity_id IN (SELECT CAST(id AS TEXT) FROM consents WHERE client_id = ?1))"
              " OR (entity = 'attachment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM attachments WHERE client_id = ?1"
              " OR id IN (SELECT letter_attachment_id FROM clearances WHERE client_id = ?1)))"
              " OR (entity = 'disclosure' AND entity_id IN (SELECT CAST(id AS TEXT) FROM disclosures WHERE client_id = ?1))"
              " OR (entity = 'flag_withdrawal' AND entity_id IN (SELECT CAST(id AS TEXT) FROM flag_withdrawals WHERE client_id = ?1))"
              " OR (entity = 'appointment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM " KW_APPOINTMENTS " AS chosen))"
              " OR (entity = 'waitlist' AND entity_id IN (SELECT CAST(id AS TEXT) FROM waitlist WHERE client_id = ?1))"
              " OR (entity = 'reminder' AND entity_id IN (SELECT CAST(id AS TEXT) FROM reminder_log WHERE appointment_id IN "
              KW_APPOINTMENTS "))"
              " OR (entity = 'invoice' AND entity_id IN (SELECT CAST(id AS TEXT) FROM " KW_INVOICES " AS chosen))"
              " OR (entity = 'payment' AND entity_id IN (SELECT CAST(id AS TEXT) FROM payments WHERE client_id = ?1))"
              " OR (entity = 'package' AND entity_id IN (SELECT CAST(id AS TEXT) FROM packages WHERE client_id = ?1))"
              " OR (entity = 'gift_certificate' AND entity_id IN (SELECT CAST(id AS TEXT) FROM gift_certificates"
              " WHERE purchaser_id = ?1))"},
    // Bookkeeping, never exported; its rule says so.
    TableRule{"unfinished_files", "1 = 0"},
    // The record chain links the whole practice's records; one client's share of it proves
    // nothing without the rest, so a client's archive leaves it out.
    TableRule{"record_seals", "1 = 0"},
    TableRule{"record_keys", "1 = 0"},
    TableRule{"sqlite_sequence", "1 = 0"},
    // The practice's accounts on a clinic server are its staff's, not the client's record.
    TableRule{"practice_users", "1 = 0"},
};

#undef KW_NOTES
#undef KW_CLEARANCES
#undef KW_APPOINTMENTS
#undef KW_INVOICES

} // namespace

std::string clientRowCondition(std::string_view table)
{
    for (const TableRule& rule : kRules) {
        if (rule.table == table)
            return std::string(rule.condition);
    }
    throw std::logic_error("a client's export has no rule for the table " + std::string(table)
                           + ": add one in app/practice/client_export_scope.cpp");
}

} // namespace knotwork::app

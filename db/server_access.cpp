#include "db/server_access.h"

namespace knotwork::db {

namespace {

constexpr std::string_view kAll = "SELECT, INSERT, UPDATE, DELETE";
constexpr std::string_view kAppend = "SELECT, INSERT";
constexpr std::string_view kNone = "";

// The client's identity and contact details, the list's columns and the safety badge (which the
// appointment book must see to refuse a massage past a red flag): never the intake, the
// screen-time answer or the therapist's notes on the client.
constexpr std::string_view kClientContactColumns =
    "id, family_name, given_names, preferred_name, pronouns, date_of_birth, phone, email, address, "
    "emergency_name, emergency_relationship, emergency_phone, occupation, archived, archived_on, archive_reason, "
    "sort_name, search_text, last_visit_on, safety_status, safety_status_uncleared, cleared_until, created_at, "
    "row_version";

// That a consent was given and for what, so the book can tell: not the notes written with it.
constexpr std::string_view kConsentColumns = "id, client_id, kind, provider_id, given_on, wording_version, revoked_on";

constexpr TableAccess kAccess[] = {
    {"schema_version", "SELECT", "SELECT", "", "opening checks the practice's format; only the owner upgrades"},
    {"audit_log", kAppend, "INSERT", "",
     "every change is audited; the trail names clinical records, so the front desk writes it blind"},
    {"record_seals", kAppend, kAppend, "", "each write seals the next link after the newest; links hold no content"},
    {"record_keys", kAppend, "SELECT", "", "a desk loads the chain's key numbers; a therapist may replace a lost key"},
    {"practice_users", "SELECT", "SELECT", "", "who signs; the owner adds and removes accounts"},
    {"practice_settings", "SELECT, UPDATE", "SELECT, UPDATE", "", "letterhead, book, reminders and billing settings"},
    {"attachments", kAll, "SELECT", "",
     "clients' letters are clinical; a row rule shows the front desk only the practice's own files (logo)"},
    {"providers", kAll, "SELECT, INSERT, UPDATE", "", "referring providers are contacts"},
    {"clients", kAll, "SELECT, INSERT, UPDATE", kClientContactColumns, "contact details, never the intake or notes"},
    {"consents", kAll, "SELECT, INSERT", kConsentColumns, "the cancellation policy is accepted at the front desk"},
    {"care_team", kAll, kNone, "", "referrals and their reasons are clinical"},
    {"diagnoses", kAll, kNone, "", "clinical"},
    {"screenings", kAll, kNone, "", "clinical"},
    {"clearances", kAll, kNone, "", "clinical"},
    {"clearance_extensions", kAll, kNone, "", "clinical"},
    {"flag_withdrawals", kAll, kNone, "", "clinical"},
    {"session_notes", kAll, kNone, "", "clinical notes; row rules let a therapist change only notes they author"},
    {"note_addenda", kAppend, kNone, "", "clinical notes; appended by their author only"},
    {"note_findings", kAll, kNone, "", "clinical"},
    {"treatment_plans", kAll, kNone, "", "clinical"},
    {"plan_templates", kAll, kNone, "", "clinical"},
    {"outcome_measures", kAll, kNone, "", "clinical"},
    {"disclosures", kAll, kNone, "", "which records left the practice, to whom: clinical"},
    {"unfinished_files", kAll, kAll, "", "documents being written; finished or removed on opening"},
    {"services", kAll, kAll, "", "the price list"},
    {"appointments", kAll, kAll, "", "the book"},
    {"time_off", kAll, kAll, "", "the book"},
    {"waitlist", kAll, kAll, "", "the book"},
    {"opening_hours", kAll, kAll, "", "the book"},
    {"reminder_log", kAll, kAll, "", "appointment reminders sent"},
    {"invoices", kAll, kAll, "", "billing; triggers keep issued invoices as they were"},
    {"invoice_lines", kAll, kAll, "", "billing"},
    {"payments", kAll, kAll, "", "billing"},
    {"packages", kAll, kAll, "", "billing"},
    {"gift_certificates", kAll, kAll, "", "billing"},
};

} // namespace

std::span<const TableAccess> serverTableAccess()
{
    return kAccess;
}

const TableAccess* accessOf(std::string_view table)
{
    for (const TableAccess& access : kAccess)
        if (access.table == table)
            return &access;
    return nullptr;
}

} // namespace knotwork::db

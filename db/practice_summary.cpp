#include "db/practice_summary.h"

#include <soci/soci.h>

#include "common/i18n.h"
#include "db/migrator.h"
#include "db/storage_errors.h"

namespace knotwork::db {

namespace {

struct CountedTable {
    const char* name;
    const char* label;
    const char* table;
};

// The records a summary counts; later features add their tables here.
constexpr CountedTable kCountedTables[] = {
    {"clients", N_("Clients"), "clients"},
    {"providers", N_("Providers"), "providers"},
    {"screenings", N_("Screenings"), "screenings"},
    {"clearances", N_("Clearances"), "clearances"},
    {"consents", N_("Consents"), "consents"},
    {"attachments", N_("Attached files"), "attachments"},
    {"session_notes", N_("Session notes"), "session_notes"},
    {"addenda", N_("Addenda"), "note_addenda"},
    {"treatment_plans", N_("Treatment plans"), "treatment_plans"},
    {"outcome_measures", N_("Outcome measures"), "outcome_measures"},
    {"appointments", N_("Appointments"), "appointments"},
    {"invoices", N_("Invoices"), "invoices"},
    {"payments", N_("Payments"), "payments"},
    {"packages", N_("Packages"), "packages"},
    {"gift_certificates", N_("Gift certificates"), "gift_certificates"},
    {"audit_entries", N_("Audit entries"), "audit_log"},
};

// What the practice takes on disk: its file's size with its write-ahead log (which holds the
// latest changes until they are checkpointed into the file), or the server database's.
std::uintmax_t storedBytes(Database& database)
{
    if (!database.onServer()) {
        std::filesystem::path log = database.path();
        log += "-wal";
        std::error_code noLog;
        const std::uintmax_t logBytes = std::filesystem::file_size(log, noLog);
        return std::filesystem::file_size(database.path()) + (noLog ? 0 : logBytes);
    }
    long long bytes = 0;
    database.session() << "SELECT pg_database_size(current_database())", soci::into(bytes);
    return static_cast<std::uintmax_t>(bytes);
}

// On a server a login reads only what its role allows (db/server_access.h): the front desk
// counts no clinical records.
bool mayRead(Database& database, const char* table)
{
    if (!database.onServer())
        return true;
    const std::string name = table;
    int allowed = 0;
    database.session() << "SELECT CASE WHEN has_any_column_privilege(CAST(:table AS TEXT), 'SELECT') THEN 1 ELSE 0 END",
        soci::use(name), soci::into(allowed);
    return allowed != 0;
}

} // namespace

PracticeSummary summarizePractice(Database& database)
{
    PracticeSummary summary;
    try {
        summary.onServer = database.onServer();
        summary.where = database.where();
        summary.storedBytes = storedBytes(database);
        Migrator migrator(database);
        summary.schemaVersion = migrator.currentVersion();
        summary.supportedSchemaVersion = migrator.latestVersion();
        summary.integrity = database.integrityCheck();
        for (const CountedTable& counted : kCountedTables) {
            if (!database.hasTable(counted.table) || !mayRead(database, counted.table))
                continue;
            long long count = 0;
            database.session() << "SELECT COUNT(*) FROM " << counted.table, soci::into(count);
            summary.counts.push_back({counted.name, translate(counted.label), count});
        }
    } catch (...) {
        rethrowAsStorageError(_("reading the practice summary"));
    }
    return summary;
}

} // namespace knotwork::db

#include "practice_checks.h"

#include <string>

#include "support/practice_files.h"

namespace knotwork::crash {

namespace fs = std::filesystem;
using knotwork::testing::sqliteQuery;

Findings damage(const fs::path& practice)
{
    Findings findings;
    if (const std::string integrity = sqliteQuery(practice, "PRAGMA integrity_check"); integrity != "ok")
        findings.push_back({FindingClass::Corrupt, "integrity_check: " + integrity});
    if (const std::string broken = sqliteQuery(practice, "PRAGMA foreign_key_check"); !broken.empty())
        findings.push_back({FindingClass::Corrupt, "foreign_key_check: a row of " + broken + " points nowhere"});
    return findings;
}

namespace {

// The numbers of `table`'s rows (those `where` picks) that have no row of the second query.
std::string rowsWithout(const fs::path& practice, const std::string& table, const std::string& where,
                        const std::string& missing)
{
    return sqliteQuery(practice, "SELECT group_concat(r.id, ', ') FROM " + table + " r WHERE " + where +
                                     " AND NOT EXISTS (" + missing + ")");
}

std::string sealOf(const std::string& kind)
{
    return "SELECT 1 FROM record_seals s WHERE s.kind = '" + kind + "' AND s.record_id = r.id";
}

std::string auditOf(const std::string& entity, const std::string& action)
{
    return "SELECT 1 FROM audit_log a WHERE a.entity = '" + entity + "' AND a.entity_id = CAST(r.id AS TEXT) AND "
           "a.action = '" + action + "'";
}

} // namespace

Findings halfWrittenRecords(const fs::path& practice)
{
    struct Rule {
        std::string table, where, missing, what;
    };
    std::vector<Rule> rules{
        {"session_notes", "r.status = 'signed'", auditOf("note", "sign"), "signed notes without the audit row of their signing"},
        {"note_addenda", "1", auditOf("addendum", "create"), "addenda without their audit row"},
        {"disclosures", "1", auditOf("disclosure", "create"), "disclosures without their audit row"},
    };
    if (sqliteQuery(practice, "SELECT COUNT(*) FROM record_keys") != "0") {
        rules.push_back({"audit_log", "1", sealOf("audit"), "audit rows without their seal"});
        rules.push_back({"session_notes", "r.status = 'signed'", sealOf("note"), "signed notes without their seal"});
        rules.push_back({"note_addenda", "1", sealOf("addendum"), "addenda without their seal"});
        rules.push_back({"disclosures", "1", sealOf("disclosure"), "disclosures without their seal"});
    }
    Findings findings;
    for (const Rule& rule : rules)
        if (const std::string ids = rowsWithout(practice, rule.table, rule.where, rule.missing); !ids.empty())
            findings.push_back({FindingClass::Half, rule.what + ": " + ids});
    return findings;
}

Findings strayFiles(const fs::path& folder)
{
    Findings findings;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        const bool stray = name.find(".partial") != std::string::npos || name.ends_with("-journal") ||
                           name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with(".tmp") ||
                           name.starts_with(".");
        if (stray)
            findings.push_back({FindingClass::Stray, it->path().string()});
    }
    return findings;
}

bool isWholeZip(const fs::path& file)
{
    const std::string bytes = knotwork::testing::readBytes(file);
    constexpr std::size_t kEndRecord = 22;  // with no archive comment, which Knotwork never writes
    return bytes.size() >= kEndRecord && bytes.compare(bytes.size() - kEndRecord, 4, "PK\x05\x06") == 0;
}

} // namespace knotwork::crash

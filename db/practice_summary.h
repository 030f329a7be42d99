#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "db/database.h"

namespace knotwork::db {

struct RecordCount {
    std::string name;   // a stable key, e.g. "audit_entries"
    std::string label;  // translated, e.g. "Audit entries"
    long long count;
};

// What `knotwork-cli info` reports about a practice, in a file or on a clinic server.
struct PracticeSummary {
    bool onServer = false;
    std::string where;  // the file's path, or the server's address without its password
    std::uintmax_t storedBytes = 0;  // the file's size, or the server database's
    int schemaVersion = 0;
    int supportedSchemaVersion = 0;
    std::string integrity;  // "ok", or the first problem found
    std::vector<RecordCount> counts;
};

// Reads the summary without changing the practice. Runs a full integrity check of a file. On a
// server, counts only the tables the login may read.
PracticeSummary summarizePractice(Database& database);

} // namespace knotwork::db

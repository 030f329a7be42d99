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

// What `knotwork-cli info` reports about a practice file.
struct PracticeSummary {
    std::filesystem::path path;
    std::uintmax_t fileBytes = 0;
    int schemaVersion = 0;
    int supportedSchemaVersion = 0;
    std::string integrity;  // "ok", or the first problem found
    std::vector<RecordCount> counts;
};

// Reads the summary without changing the practice. Runs a full integrity check.
PracticeSummary summarizePractice(Database& database);

} // namespace knotwork::db

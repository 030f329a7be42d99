#pragma once
// What the whole-practice export and its import share: the archive's names and versions, which
// tables are left out, and how a stored value becomes a JSON value and back
// (docs/EXPORT-FORMAT.md describes the same rules for other programs).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "db/table_rows.h"

namespace knotwork::app::export_format {

using Json = nlohmann::ordered_json;  // a row's keys stay in its table's column order

inline constexpr std::string_view kFormatName = "knotwork-practice-export";
inline constexpr int kFormatVersion = 1;
inline constexpr std::string_view kManifestEntry = "knotwork-export.json";

// Pure bookkeeping, not records: SQLite's own counter, and the documents a killed process left
// half-written (their files are not in the archive either). Every other table is exported.
bool isBookkeepingTable(std::string_view table);

// tables/<table>.json
std::string tableEntry(std::string_view table);

// The record's name in messages ("clients #12", "care_team #3,7,gp") and in field paths
// ("clients[12]"), from its primary key.
std::string recordKey(const db::TableShape& table, const std::vector<db::Cell>& row);

// A row as its JSON object's text, keys in column order. Text columns holding a JSON document (an intake, a note body...) are
// embedded as JSON values; BLOB columns become {"entry": name, "sha256": hex, "bytes": n}, their
// bytes going into `blobs` under that entry name.
std::string rowJson(const db::TableShape& table, const std::vector<db::Cell>& row,
                    std::map<std::string, std::string>& blobs);

// A row read back from its JSON object, checked: every column present and nothing else, each
// value of its column's type, a JSON body through its domain's strict reader, a blob's bytes
// against their SHA-256. Each problem is added to `problems` (field "clients[12].intake.…",
// message "clients #12, intake.…: rule"); nullopt when there was one.
std::optional<std::vector<db::Cell>> rowFromJson(const db::TableShape& table, const Json& object,
                                                 const std::map<std::string, std::string>& entries,
                                                 std::vector<FieldProblem>& problems);

// Adds a problem about a record: field "<table>[<key>].<column>", message "<table> #<key>, <column>: <rule>".
void addProblem(std::vector<FieldProblem>& problems, const std::string& table, const std::string& key,
                const std::string& column, const std::string& rule, const std::string& message);

} // namespace knotwork::app::export_format

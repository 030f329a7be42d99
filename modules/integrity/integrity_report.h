#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "integrity/record_seal.h"

namespace knotwork::integrity {

// One thing a check of a practice found wrong.
struct IntegrityFinding {
    enum class Area {
        File,        // integrity_check: the database file itself is damaged
        ForeignKey,  // a row points at a record that is not there
        Schema,      // a built-in trigger or index is missing, changed, or one was added
        Chain,       // a sealed record or a link of the chain was changed, removed, added or moved
        Record,      // a record's content no longer reads (a body that does not parse)
    };
    Area area = Area::Chain;
    std::string subject;  // what it is about, in words: "signed session note 42", "trigger …"
    std::string problem;  // what is wrong with it, translated, a whole sentence
};

// What `knotwork-cli verify` and the app's check after opening report.
struct IntegrityReport {
    std::vector<IntegrityFinding> findings;
    long long linksChecked = 0;
    // Links sealed under a key this computer does not hold (a replaced key): not checked.
    long long linksUnchecked = 0;
    std::optional<ChainHead> head;

    bool intact() const { return findings.empty(); }
    // One line for a status bar or the CLI: "All 12345 sealed records are intact." or
    // "3 problems found: signed session note 42 was changed, …".
    std::string summary() const;
};

// Puts what happened to records before how (a changed note before the dropped trigger that let
// it change): chain and record findings, then the file, foreign keys and the schema, each kind in
// the order it was found.
void orderRecordsFirst(std::vector<IntegrityFinding>& findings);

// "File", "Foreign key", "Schema", "Record chain", "Record": the area's name, translated.
std::string areaName(IntegrityFinding::Area area);
// "file", "foreign_key", "schema", "chain", "record": the area's key, as `verify --json` prints it.
std::string_view areaKey(IntegrityFinding::Area area);

} // namespace knotwork::integrity

#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "db/database.h"

namespace knotwork::db {

struct OpenedPractice {
    std::unique_ptr<Database> database;
    // Set when an older practice was upgraded: where its pre-upgrade copy was written.
    std::optional<std::filesystem::path> backupBeforeUpgrade;
};

// What both front ends do to open a practice for work: open and check the file, refuse one from
// a newer Knotwork, create or upgrade the schema, and load the record chain's keys or start the
// chain (db/record_keys.h). `actor` is recorded in the audit trail (on a server, the login is:
// db::auditActor);
// `passphrase` opens an encrypted practice, `check` says when its file is checked
// (Database::open): an upgrade or a chain to start waits for the check, since it writes.
OpenedPractice openPractice(const std::filesystem::path& file, OpenMode mode, const std::string& actor,
                            const std::string& passphrase = {}, FileCheck check = FileCheck::AtOpen);
// The same for a practice on a clinic server (Database::connect); it is never copied before an
// upgrade, which is one transaction on the server.
OpenedPractice openPractice(const ServerAddress& server, OpenMode mode, const std::string& actor);

} // namespace knotwork::db

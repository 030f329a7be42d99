#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "db/migration.h"

namespace knotwork::db {

// Brings a practice to the newest schema this build knows. All pending migrations are applied in
// one transaction, each recorded in schema_version and the audit trail: if any step fails the
// practice stays exactly at the version it had, which the Knotwork that wrote it can still open.
class Migrator {
public:
    // Throws std::logic_error unless the migrations are numbered 1..N without gaps.
    explicit Migrator(Database& database, std::vector<Migration> migrations = builtInMigrations());

    // 0 for a new, empty practice file.
    int currentVersion();
    int latestVersion() const { return static_cast<int>(m_migrations.size()); }

    // Throws PracticeFileError for a practice written by a newer Knotwork, or for a database that
    // is not a Knotwork practice, before changing anything. Before upgrading a practice that
    // already has a schema, writes a backup copy beside it and returns its path.
    std::optional<std::filesystem::path> migrate(const std::string& actor);

private:
    void refuseUnusable(int current);
    std::filesystem::path backupPathFor(int fromVersion) const;

    Database& m_database;
    std::vector<Migration> m_migrations;
};

} // namespace knotwork::db

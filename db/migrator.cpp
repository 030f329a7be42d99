#include "db/migrator.h"

#include <stdexcept>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "common/error.h"
#include "common/i18n.h"
#include "common/timestamp.h"
#include "common/build_info.h"
#include "db/practice_roles.h"
#include "db/sql_dialect.h"
#include "db/storage_errors.h"
#include "db/write_transaction.h"

namespace knotwork::db {

namespace fs = std::filesystem;

Migrator::Migrator(Database& database, std::vector<Migration> migrations)
    : m_database(database), m_migrations(std::move(migrations))
{
    for (std::size_t i = 0; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version != static_cast<int>(i) + 1)
            throw std::logic_error("migrations must be numbered 1..N without gaps; found "
                                   + std::to_string(m_migrations[i].version) + " at position "
                                   + std::to_string(i + 1));
    }
}

int Migrator::currentVersion()
{
    if (!m_database.hasTable("schema_version"))
        return 0;
    int version = 0;
    soci::indicator known = soci::i_null;
    m_database.session() << "SELECT MAX(version) FROM schema_version", soci::into(version, known);
    return known == soci::i_ok ? version : 0;
}

void Migrator::refuseUnusable(int current)
{
    const std::string file = m_database.where();
    if (current > latestVersion())
        throw PracticeFileError(formatMessage(
            _("{} was saved by a newer Knotwork (practice format {}; this version {} reads up to "
              "format {}). Install the newer Knotwork to open it; this one has not changed it."),
            file, current, kVersion, latestVersion()));
    if (current == 0) {
        int tables = 0;
        m_database.session() << m_database.dialect().countTablesSql(), soci::into(tables);
        if (tables > 0)
            throw PracticeFileError(formatMessage(
                _("{} is a database, but not a Knotwork practice. Knotwork has not changed it."),
                file));
    }
    if (current > 0 && current < latestVersion() && m_database.onServer() && !sessionOwnsPractice(m_database)) {
        const std::string owner = practiceOwner(m_database);
        throw PracticeFileError(formatMessage(
            _("{} is at practice format {}, and this Knotwork needs format {}. Only the practice's administrator "
              "upgrades it: ask them to run, logged in as {}: knotwork-cli --db \"postgresql://{}@…\" init"),
            file, current, latestVersion(), owner, owner));
    }
}

fs::path Migrator::backupPathFor(int fromVersion) const
{
    const fs::path& file = m_database.path();
    fs::path backup = file;
    backup.replace_filename(formatMessage("{}.format-{}.{}{}", file.stem().string(), fromVersion,
                                          Timestamp::now().compact(), file.extension().string()));
    return backup;
}

std::optional<fs::path> Migrator::migrate(const std::string& actor)
{
    std::optional<fs::path> backup;
    int current = 0;
    try {
        current = currentVersion();
        refuseUnusable(current);
        if (current == latestVersion())
            return std::nullopt;
        // A server's upgrade is one transaction of PostgreSQL's, schema and all, and its backups
        // are the server's (docs/CLINIC-SERVER.md).
        if (current > 0 && !m_database.onServer()) {
            backup = backupPathFor(current);
            m_database.backupTo(*backup);
        }
    } catch (...) {
        rethrowAsStorageError(_("checking the practice format"));
    }

    WriteTransaction transaction(m_database, actor);
    try {
        // Another desk may have upgraded the practice while this one waited for the write lock.
        current = currentVersion();
    } catch (...) {
        rethrowAsStorageError(_("checking the practice format"));
    }
    const std::string appliedAt = Timestamp::now().iso8601();
    const std::string appVersion(kVersion);
    for (const Migration& migration : m_migrations) {
        if (migration.version <= current)
            continue;
        try {
            m_database.executeScript(m_database.dialect().migrationScript(migration));
            transaction.session() << "INSERT INTO schema_version (version, name, applied_at, "
                                     "applied_by_version) VALUES (:v, :n, :at, :app)",
                soci::use(migration.version), soci::use(migration.name), soci::use(appliedAt),
                soci::use(appVersion);
        } catch (...) {
            rethrowAsStorageError(formatMessage(
                _("upgrading the practice to format {} ({}); it is still at format {}"),
                migration.version, migration.name, current));
        }
        transaction.audit({"schema", std::to_string(migration.version), "migrate",
                           std::nullopt, nlohmann::json{{"name", migration.name}}.dump()});
    }
    // Every table the migrations made is granted to the practice's roles as db/server_access.cpp
    // says, in the same transaction.
    try {
        grantPracticeAccessAfterMigrations(m_database);
    } catch (...) {
        rethrowAsStorageError(_("granting the practice's roles their access"));
    }
    transaction.commit();
    return backup;
}

} // namespace knotwork::db

#include "app/practice/practice_import.h"

#include <map>
#include <set>
#include <soci/soci.h>

#include "app/practice/export_format.h"
#include "app/practice/practice_files.h"
#include "app/practice/zip_archive.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/strict_json.h"
#include "common/timestamp.h"
#include "db/database.h"
#include "common/durable_file.h"
#include "db/migration.h"
#include "db/migrator.h"
#include "db/practice_swap.h"
#include "db/record_keys.h"
#include "db/sql_dialect.h"
#include "db/table_rows.h"
#include "db/write_transaction.h"

namespace knotwork::app {

namespace fs = std::filesystem;
using export_format::Json;

namespace {

constexpr const char* kImportActor = "Knotwork import";

// A practice file that is there and has anything in it (an empty file someone made is no practice).
bool practiceIsThere(const fs::path& file)
{
    std::error_code error;
    return fs::exists(file, error) && !(fs::is_regular_file(file, error) && fs::file_size(file, error) == 0);
}

// Import never mixes records: refuses a practice holding clients, providers, notes or plans.
void refuseUnlessEmpty(const fs::path& practiceFile, const std::string& passphrase)
{
    auto database = db::Database::open(practiceFile, db::OpenMode::ExistingOnly, passphrase);
    for (const char* table : {"clients", "providers", "session_notes", "treatment_plans"}) {
        if (!database->hasTable(table))
            continue;
        long long rows = 0;
        database->session() << "SELECT COUNT(*) FROM " + std::string(table), soci::into(rows);
        if (rows > 0)
            throw ConflictError(formatMessage(
                _("{} already holds records; import into an empty practice (a new file, or one without "
                  "clients, providers, notes or plans). Nothing was changed."), practiceFile.string()));
    }
}

struct Archive {
    Json manifest;
    std::map<std::string, std::string> files;
    int schemaVersion = 0;
};

Archive readArchive(const fs::path& file, const std::string& passphrase)
{
    Archive archive;
    for (ZipEntry& entry : readZip(file, passphrase))
        archive.files[entry.name] = std::move(entry.bytes);
    const auto notExport = [&](const std::string& why) {
        return PracticeFileError(formatMessage(_("{} is not a Knotwork practice export: {}."), file.string(), why));
    };
    const auto manifest = archive.files.find(std::string(export_format::kManifestEntry));
    if (manifest == archive.files.end())
        throw notExport(formatMessage(_("it has no {}"), export_format::kManifestEntry));
    try {
        archive.manifest = strict_json::parseOrdered(manifest->second, std::string(export_format::kManifestEntry));
    } catch (const ValidationError& error) {
        throw PracticeFileError(formatMessage(_("{} is not a Knotwork practice export: {}"), file.string(), error.what()));
    }
    const Json& m = archive.manifest;
    if (!m.is_object() || m.value("format", "") != export_format::kFormatName || !m.contains("format_version")
        || !m["format_version"].is_number_integer() || !m.contains("schema_version")
        || !m["schema_version"].is_number_integer() || !m.contains("tables") || !m["tables"].is_array())
        throw notExport(formatMessage(_("its {} is not a Knotwork export manifest"), export_format::kManifestEntry));
    const int formatVersion = m["format_version"].get<int>();
    archive.schemaVersion = m["schema_version"].get<int>();
    const int latest = static_cast<int>(db::builtInMigrations().size());
    if (formatVersion > export_format::kFormatVersion || archive.schemaVersion > latest)
        throw PracticeFileError(formatMessage(
            _("{} was exported by a newer Knotwork (export format {}, practice format {}; this version reads up "
              "to export format {}, practice format {}). Import it with the newer Knotwork."),
            file.string(), formatVersion, archive.schemaVersion, export_format::kFormatVersion, latest));
    if (formatVersion < 1 || archive.schemaVersion < 1)
        throw notExport(_("its format version is not one Knotwork wrote"));
    if (m.value("scope", "") != "practice")
        throw PracticeFileError(formatMessage(
            _("{} holds one client's record, not a whole practice; import takes a whole-practice export."),
            file.string()));
    return archive;
}

// The archive's table list against the practice format it names: the same tables, each file there.
std::map<std::string, const Json*> listedTables(const Archive& archive, const std::vector<db::TableShape>& tables,
                                                std::vector<FieldProblem>& problems)
{
    std::map<std::string, const Json*> listed;
    for (const Json& table : archive.manifest["tables"]) {
        const std::string name = table.is_object() ? table.value("name", "") : "";
        if (std::none_of(tables.begin(), tables.end(), [&](const db::TableShape& t) { return t.name == name; }))
            problems.push_back({"tables." + name, "unknown",
                                formatMessage(_("{}: not a table of practice format {}"), name, archive.schemaVersion)});
        else
            listed[name] = &table;
    }
    for (const db::TableShape& table : tables) {
        if (!listed.contains(table.name))
            problems.push_back({"tables." + table.name, "missing",
                                formatMessage(_("{}: the archive lists no such table"), table.name)});
    }
    return listed;
}

// The rows of every table, read and checked before any is written.
std::map<std::string, std::vector<std::vector<db::Cell>>> checkedRows(const Archive& archive,
                                                                       const std::vector<db::TableShape>& tables,
                                                                       std::vector<FieldProblem>& problems)
{
    const std::map<std::string, const Json*> listed = listedTables(archive, tables, problems);
    std::map<std::string, std::vector<std::vector<db::Cell>>> rows;
    for (const db::TableShape& table : tables) {
        const auto entry = listed.find(table.name);
        if (entry == listed.end())
            continue;
        const std::string fileName = entry->second->value("file", "");
        const auto file = archive.files.find(fileName);
        Json parsed;
        try {
            if (file != archive.files.end())
                parsed = strict_json::parseOrdered(file->second, fileName);
        } catch (const ValidationError& error) {
            for (const FieldProblem& problem : error.problems())
                problems.push_back({"tables." + table.name + (problem.field == fileName ? "" : problem.field),
                                    problem.rule, problem.message});
            continue;
        }
        if (!parsed.is_array()) {
            problems.push_back({"tables." + table.name, "file",
                                formatMessage(_("{}: {} is missing or not a JSON list"), table.name, fileName)});
            continue;
        }
        if (entry->second->value("rows", -1) != static_cast<long long>(parsed.size()))
            problems.push_back({"tables." + table.name, "rows",
                                formatMessage(_("{}: the manifest counts {} records, the file holds {}"), table.name,
                                              entry->second->value("rows", -1), parsed.size())});
        auto& tableRows = rows[table.name];
        for (const Json& object : parsed) {
            if (std::optional<std::vector<db::Cell>> row = export_format::rowFromJson(table, object, archive.files, problems))
                tableRows.push_back(std::move(*row));
        }
    }
    return rows;
}

// Builds the practice in the scratch file as the archive describes, in one transaction, or
// throws ValidationError naming every problem. The schema comes from the built-in migrations'
// own scripts, run without their bookkeeping rows: the archive's schema_version and audit rows
// are the practice's history, and the append-only triggers stand throughout.
void buildPractice(db::Database& database, const Archive& archive)
{
    database.beginWrite();
    try {
        database.executeScript("PRAGMA defer_foreign_keys = ON");
        for (const db::Migration& migration : db::builtInMigrations()) {
            if (migration.version <= archive.schemaVersion)
                database.executeScript(database.dialect().migrationScript(migration));
        }
        std::vector<db::TableShape> tables = db::practiceTables(database);
        std::erase_if(tables, [](const db::TableShape& t) { return export_format::isBookkeepingTable(t.name); });
        std::vector<FieldProblem> problems;
        auto rows = checkedRows(archive, tables, problems);
        if (!problems.empty())
            throw ValidationError(std::move(problems));
        for (const db::TableShape& table : tables) {
            db::clearTable(database, table.name);  // what the migrations wrote (the default settings)
            db::RowInserter inserter(database, table);
            for (const std::vector<db::Cell>& row : rows[table.name]) {
                try {
                    inserter.insert(row);
                } catch (const StorageError& error) {
                    export_format::addProblem(problems, table.name, export_format::recordKey(table, row), "",
                                              "record", error.what());
                }
            }
            inserter.finish();
        }
        for (const std::string& orphan : db::foreignKeyProblems(database))
            problems.push_back({orphan, "reference", formatMessage(_("{}: refers to a record the archive does not hold"), orphan)});
        if (!problems.empty())
            throw ValidationError(std::move(problems));
        database.commitWrite();
    } catch (...) {
        if (database.inWrite())
            database.rollbackWrite();
        throw;
    }
}

// The imported practice keeps the archive's record chain and its keys, stored the way this
// practice keeps them. A chain whose key this computer
// lacks stays as it came (its recovery code restores it); an archive from before the chain gets
// one started, as an older practice does at its first opening.
void continueChain(db::Database& database, const std::string& archivePassphrase)
{
    const integrity::ChainKeyring keys = db::loadChainKeys(database, archivePassphrase);
    database.setChainKeys(keys);
    if (keys.currentNumber == 0) {
        db::startOrLoadChain(database, kImportActor);
        return;
    }
    if (!keys.current())
        return;
    // No audit row: the imported practice is the archive's history as it was, so an export of it
    // gives the archive's bytes again; only where its keys are kept may change.
    db::WriteTransaction transaction(database, kImportActor);
    db::storeChainKeysFor(database, keys, database.passphrase());
    transaction.commitUnaudited();
}

// Keeps the empty practice the import replaces under a name of its own: a second name for the
// same file (no copy, so nothing half-written), falling back to a synced copy where the file
// system has no hard links.
fs::path keepBeside(const fs::path& practiceFile)
{
    fs::path kept = practiceFile;
    kept += ".before-import-" + Timestamp::now().compact();
    std::error_code linked;
    fs::create_hard_link(practiceFile, kept, linked);
    if (linked) {
        const fs::path partial = partialPathFor(kept);
        fs::copy_file(practiceFile, partial, fs::copy_options::overwrite_existing);
        syncFile(partial);
        moveIntoPlace(partial, kept);
    } else {
        syncFile(kept.parent_path().empty() ? fs::path(".") : kept.parent_path());
    }
    return kept;
}


} // namespace

ImportOutcome importPractice(const fs::path& archivePath, const std::string& archivePassphrase,
                             const fs::path& practiceFile, const std::string& practicePassphrase)
{
    const bool replacing = practiceIsThere(practiceFile);
    if (replacing)
        refuseUnlessEmpty(practiceFile, practicePassphrase);
    const Archive archive = readArchive(archivePath, archivePassphrase);

    db::removeUnfinishedReplacement(practiceFile);
    const fs::path scratch = partialPathFor(practiceFile);
    ImportOutcome outcome;
    try {
        {
            auto database = db::Database::open(scratch, db::OpenMode::CreateIfMissing, practicePassphrase);
            buildPractice(*database, archive);
            database->setChainKeys(db::loadChainKeys(*database, archivePassphrase));
            if (archive.schemaVersion < static_cast<int>(db::builtInMigrations().size())) {
                // The upgrade's copy of the practice before it is of no use: the archive is that.
                if (const auto before = db::Migrator(*database).migrate(kImportActor))
                    fs::remove(*before);
            }
            continueChain(*database, archivePassphrase);
            const db::PracticeSummary summary = db::summarizePractice(*database);
            if (summary.integrity != "ok")
                throw StorageError(formatMessage(_("The imported practice failed its check ({})."), summary.integrity));
            outcome.counts = summary.counts;
        }  // closed: SQLite folds the WAL into the file and removes it
        syncFile(scratch);
        if (replacing)
            outcome.replacedKeptAt = keepBeside(practiceFile);
        try {
            db::swapInPractice(scratch, practiceFile);
        } catch (...) {
            if (outcome.replacedKeptAt)
                fs::remove(*outcome.replacedKeptAt);
            throw;
        }
    } catch (...) {
        removePracticeFiles(scratch);
        throw;
    }
    return outcome;
}

} // namespace knotwork::app

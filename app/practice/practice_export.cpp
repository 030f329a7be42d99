#include "app/practice/practice_export.h"

#include <map>
#include <optional>
#include <soci/soci.h>

#include "app/practice/client_export_scope.h"
#include "app/practice/export_format.h"
#include "app/practice/zip_archive.h"
#include "common/build_info.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/sql_dialect.h"
#include "db/table_rows.h"

namespace knotwork::app {

namespace fs = std::filesystem;
using export_format::Json;

namespace {

// Every table read in one snapshot, so a write landing meanwhile is in the archive whole or not at all.
class ReadSnapshot {
public:
    explicit ReadSnapshot(db::Database& database) : m_database(database), m_own(!database.inWrite())
    {
        if (m_own)
            m_database.session() << std::string(m_database.dialect().beginSnapshotSql());
    }
    ~ReadSnapshot()
    {
        if (m_own) {
            try {
                m_database.session() << "COMMIT";
            } catch (...) {
                // Reading only: nothing to keep or undo.
            }
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    db::Database& m_database;
    bool m_own;
};

// One row per line between the brackets, so the files read (and compare) well as text.
std::string tableFile(const std::vector<std::string>& rows)
{
    std::string text = "[";
    for (std::size_t i = 0; i < rows.size(); ++i)
        text += (i ? ",\n" : "\n") + rows[i];
    return text + (rows.empty() ? "]\n" : "\n]\n");
}

int schemaVersionOf(db::Database& database)
{
    int version = 0;
    database.session() << "SELECT MAX(version) FROM schema_version", soci::into(version);
    return version;
}

void writeExport(db::Database& database, std::optional<clients::ClientId> client, const fs::path& archive,
                 const ExportOptions& options)
{
    ReadSnapshot snapshot(database);
    Json manifest = Json::object();
    manifest["format"] = export_format::kFormatName;
    manifest["format_version"] = export_format::kFormatVersion;
    manifest["scope"] = client ? "client" : "practice";
    if (client)
        manifest["client_id"] = *client;
    manifest["schema_version"] = schemaVersionOf(database);
    manifest["written_by"] = "Knotwork " + std::string(kVersion);
    manifest["tables"] = Json::array();

    std::vector<std::pair<std::string, std::string>> tableFiles;
    std::map<std::string, std::string> blobs;
    for (const db::TableShape& table : db::practiceTables(database)) {
        if (export_format::isBookkeepingTable(table.name))
            continue;
        const std::string condition = client ? clientRowCondition(table.name) : std::string();
        std::vector<std::string> rows;
        try {
            db::readRows(database, table, condition, client.value_or(0), [&](const std::vector<db::Cell>& row) {
                rows.push_back(export_format::rowJson(table, row, blobs));
            });
        } catch (const nlohmann::json::exception& error) {
            throw StorageError(formatMessage(_("The table {} holds text Knotwork cannot write as JSON ({})."),
                                             table.name, error.what()));
        }
        const std::string entry = export_format::tableEntry(table.name);
        Json listed = Json::object();
        listed["name"] = table.name;
        listed["file"] = entry;
        listed["rows"] = rows.size();
        manifest["tables"].push_back(std::move(listed));
        tableFiles.emplace_back(entry, tableFile(rows));
    }
    if (client) {
        const auto& tables = manifest["tables"];
        const auto clients = std::find_if(tables.begin(), tables.end(), [](const Json& t) { return t["name"] == "clients"; });
        if (clients == tables.end() || (*clients)["rows"] == 0)
            throw NotFoundError(formatMessage(_("There is no client #{}."), *client));
    }

    ZipWriter zip(archive, options.passphrase);
    zip.add(std::string(export_format::kManifestEntry), manifest.dump(2) + "\n");
    for (const auto& [entry, text] : tableFiles)
        zip.add(entry, text);
    for (const auto& [entry, bytes] : blobs)
        zip.add(entry, bytes);
    zip.finish();
}

} // namespace

void exportPractice(PracticeContext& practice, const fs::path& archive, const ExportOptions& options)
{
    writeExport(practice.database(), std::nullopt, archive, options);
}

void exportClientRecord(PracticeContext& practice, clients::ClientId client, const fs::path& archive,
                        const ExportOptions& options)
{
    writeExport(practice.database(), client, archive, options);
}

} // namespace knotwork::app

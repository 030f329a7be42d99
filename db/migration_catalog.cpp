#include <algorithm>
#include <map>
#include <regex>
#include <stdexcept>

#include "db/migration.h"

namespace knotwork::db {

std::vector<Migration> migrationsFromFiles(std::span<const EmbeddedFile> files)
{
    static const std::regex portableName(R"(^(\d{4})_([a-z0-9_]+)\.sql$)");
    static const std::regex sqliteName(R"(^sqlite/(\d{4}_[a-z0-9_]+\.sql)$)");

    std::map<std::string, Migration> byFile;
    std::map<std::string, std::string_view> sqliteParts;
    for (const EmbeddedFile& file : files) {
        const std::string path(file.path);
        std::smatch match;
        if (std::regex_match(path, match, portableName))
            byFile[path] = Migration{std::stoi(match[1]), match[2], std::string(file.text), {}};
        else if (std::regex_match(path, match, sqliteName))
            sqliteParts[match[1]] = file.text;
        else
            throw std::logic_error("migration file " + path + ": name it NNNN_lower_case_name.sql");
    }
    for (const auto& [file, text] : sqliteParts) {
        const auto portable = byFile.find(file);
        if (portable == byFile.end())
            throw std::logic_error("migration sqlite/" + file + " has no portable " + file);
        portable->second.sqliteSql = text;
    }

    std::vector<Migration> migrations;
    for (auto& [file, migration] : byFile)
        migrations.push_back(std::move(migration));  // std::map keeps NNNN order
    return migrations;
}

const std::vector<Migration>& builtInMigrations()
{
    static const std::vector<Migration> migrations = migrationsFromFiles(embeddedMigrationFiles());
    return migrations;
}

} // namespace knotwork::db

#include <algorithm>
#include <map>
#include <regex>
#include <stdexcept>

#include "db/migration.h"

namespace knotwork::db {

std::vector<Migration> migrationsFromFiles(std::span<const EmbeddedFile> files)
{
    static const std::regex portableName(R"(^(\d{4})_([a-z0-9_]+)\.sql$)");
    static const std::regex dialectName(R"(^(sqlite|postgresql)/(\d{4}_[a-z0-9_]+\.sql)$)");

    std::map<std::string, Migration> byFile;
    std::map<std::pair<std::string, std::string>, std::string_view> dialectParts;  // (dialect, file)
    for (const EmbeddedFile& file : files) {
        const std::string path(file.path);
        std::smatch match;
        if (std::regex_match(path, match, portableName))
            byFile[path] = Migration{std::stoi(match[1]), match[2], std::string(file.text), {}, {}};
        else if (std::regex_match(path, match, dialectName))
            dialectParts[{match[1], match[2]}] = file.text;
        else
            throw std::logic_error("migration file " + path + ": name it NNNN_lower_case_name.sql");
    }
    for (const auto& [part, text] : dialectParts) {
        const auto& [dialect, file] = part;
        const auto portable = byFile.find(file);
        if (portable == byFile.end())
            throw std::logic_error("migration " + dialect + "/" + file + " has no portable " + file);
        (dialect == "sqlite" ? portable->second.sqliteSql : portable->second.postgresqlSql) = text;
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

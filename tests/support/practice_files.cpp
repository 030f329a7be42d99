#include "support/practice_files.h"

#include <fstream>
#include <iterator>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>

namespace knotwork::testing {

std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

mode_t permissionBits(const std::filesystem::path& file)
{
    struct stat info {};
    if (stat(file.c_str(), &info) != 0)
        throw std::runtime_error("cannot stat " + file.string());
    return info.st_mode & 07777;
}

std::string sqliteQuery(const std::filesystem::path& file, const std::string& sql)
{
    return sqliteQueryHeldOpen(file, sql, [] {});
}

std::string damageAPageOnlyAWholeFileCheckReads(const std::filesystem::path& file)
{
    sqliteQuery(file, "CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT);"
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                      "INSERT INTO filler (text) SELECT printf('%.150c', char(97 + i % 26)) FROM n");
    const std::size_t pageSize = std::stoul(sqliteQuery(file, "PRAGMA page_size"));
    std::string bytes = readBytes(file);
    const std::size_t pages = bytes.size() / pageSize;
    if (pages < 40)
        throw std::runtime_error("the filler did not reach the file");
    const std::size_t start = (pages - 10) * pageSize + pageSize / 4;  // the filler's pages are the last ones
    for (std::size_t i = start; i < start + 600; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeBytes(file, bytes);
    return bytes;
}

std::string sqliteQueryHeldOpen(const std::filesystem::path& file, const std::string& sql,
                                const std::function<void()>& whileOpen)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(file.c_str(), &connection, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(connection);
        sqlite3_close(connection);
        throw std::runtime_error(message);
    }
    std::string first;
    char* error = nullptr;
    const int result = sqlite3_exec(
        connection, sql.c_str(),
        [](void* sink, int columns, char** values, char**) {
            auto* text = static_cast<std::string*>(sink);
            if (text->empty() && columns > 0 && values[0])
                *text = values[0];
            return 0;
        },
        &first, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    if (result == SQLITE_OK)
        whileOpen();
    sqlite3_close(connection);
    if (result != SQLITE_OK)
        throw std::runtime_error(message);
    return first;
}

void writeAnotherProgramsDatabase(const std::filesystem::path& file, const std::string& journalMode)
{
    writeBytes(file, "");
    sqliteQuery(file, "PRAGMA journal_mode = " + journalMode + ";"
                      "CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT);"
                      "INSERT INTO recipes (name) VALUES ('Bannock')");
}

std::vector<std::filesystem::path> partialFiles(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.path().filename().string().find(".partial") != std::string::npos)
            found.push_back(entry.path());
    return found;
}

} // namespace knotwork::testing

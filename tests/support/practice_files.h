#pragma once
// Helpers for database tests: read files and databases behind Knotwork's back, as another
// program (or a damaged disk) would.

#include <filesystem>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace knotwork::testing {

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);
// The permission bits of a file, e.g. 0600.
mode_t permissionBits(const std::filesystem::path& file);
// Runs SQL through the plain sqlite3 API and returns the first column of the first row ("" if
// none). Throws std::runtime_error with SQLite's message on failure.
std::string sqliteQuery(const std::filesystem::path& file, const std::string& sql);
// Another program's SQLite database: a table of recipes with one row, in the journal mode given
// ("delete", SQLite's default, or "wal"). Not a Knotwork practice.
void writeAnotherProgramsDatabase(const std::filesystem::path& file, const std::string& journalMode = "delete");
// Adds a table of 2,000 rows behind everything else in the (closed) practice and scribbles over
// the middle of one of its pages, as a failing disk would: damage that opening the practice and
// working with its clients never reads, and that PRAGMA quick_check finds. Returns the bytes of
// the damaged file.
std::string damageAPageOnlyAWholeFileCheckReads(const std::filesystem::path& file);
// The same, calling `whileOpen` before the connection closes: a database in WAL mode then still
// has its changes in its -wal file, as another program that is running (or was killed) leaves it.
std::string sqliteQueryHeldOpen(const std::filesystem::path& file, const std::string& sql,
                                const std::function<void()>& whileOpen);

// Every file under `folder` (and its subfolders) whose name says it is unfinished (".partial"):
// what a write killed half-way leaves until the next run clears it up.
std::vector<std::filesystem::path> partialFiles(const std::filesystem::path& folder);

} // namespace knotwork::testing

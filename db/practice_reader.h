#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>

namespace sqlite_api {
struct sqlite3;
}

namespace knotwork::db {

// A read-only connection of its own to a practice file (or a backup of one), keyed with its
// passphrase: for copying a practice that stays open and may be written elsewhere meanwhile (a
// backup made on another thread), for checking the file of a practice open elsewhere
// (BackgroundFileCheck), and for looking into a file offered for a restore without changing one
// byte of it.
class PracticeReader {
public:
    // NotFoundError (no such file), PassphraseError (encrypted and no passphrase, or a wrong
    // one), PracticeFileError (not a database), StorageError.
    PracticeReader(const std::filesystem::path& file, const std::string& passphrase);
    PracticeReader(const PracticeReader&) = delete;
    PracticeReader& operator=(const PracticeReader&) = delete;
    ~PracticeReader();

    // The first problem `PRAGMA integrity_check` finds, or "ok". Reads the whole file.
    std::string integrityCheck();
    // The first problem `PRAGMA quick_check` finds, or "ok": every page read, without comparing
    // each index with its table as integrity_check does. Nullopt when there is no verdict: `stop`
    // was set meanwhile, or the file could not be read (an I/O error, not damage).
    std::optional<std::string> quickCheck(const std::atomic<bool>& stop);
    // A consistent copy, encrypted with the same passphrase and checked, as copyDatabase writes.
    void copyTo(const std::filesystem::path& destination);

private:
    std::filesystem::path m_file;
    std::string m_passphrase;
    sqlite_api::sqlite3* m_connection = nullptr;
};

} // namespace knotwork::db

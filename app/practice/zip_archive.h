#pragma once
// The zip archive of an export (docs/EXPORT-FORMAT.md), through libarchive. The same entries always
// give the same bytes (fixed entry time, owner and compression level); with a passphrase every
// entry is encrypted as WinZip AES-256 (AE-2), which 7-Zip, bsdtar and Python's pyzipper open.
// AES needs a random salt per entry, so an encrypted archive's bytes differ between two writes
// of the same entries; what it decrypts to does not.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace knotwork::app {

// Writes a new private (0600) zip file whole: into a file without a name (O_TMPFILE; where the
// file system has none, partialPathFor(file)), synced, and named only by finish(), so a kill
// leaves no half archive. A writer destroyed unfinished removes what it wrote. StorageError on
// failure, PracticeFileError when `file` exists.
class ZipWriter {
public:
    ZipWriter(const std::filesystem::path& file, const std::string& passphrase);
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;
    ~ZipWriter();

    void add(const std::string& name, std::string_view bytes);
    void finish();

private:
    [[noreturn]] void fail(const std::string& detail);

    std::filesystem::path m_file;
    std::filesystem::path m_partial;
    void* m_archive = nullptr;
    int m_descriptor = -1;
    bool m_unnamed = false;  // written through O_TMPFILE: nothing to remove after a failure
};

struct ZipEntry {
    std::string name;
    std::string bytes;
};

// Every entry of a zip file, in archive order. PassphraseError (Needed, Wrong) for an encrypted
// archive without its passphrase; PracticeFileError for a file that is not a readable zip.
std::vector<ZipEntry> readZip(const std::filesystem::path& file, const std::string& passphrase);

} // namespace knotwork::app

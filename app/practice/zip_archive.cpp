#include "app/practice/zip_archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

#include "common/error.h"
#include "common/i18n.h"
#include "common/durable_file.h"

namespace knotwork::app {

namespace fs = std::filesystem;

namespace {

// 2000-01-01 12:00 UTC: every entry's time. Zip stores local time; noon keeps the date valid in
// every time zone (1980-01-01, zip's first day, would fall before it west of Greenwich).
constexpr time_t kEntryTime = 946728000;

fs::path folderOf(const fs::path& file)
{
    return file.parent_path().empty() ? fs::path(".") : file.parent_path();
}

archive* handle(void* archive) { return static_cast<struct archive*>(archive); }

std::string archiveError(struct archive* archive)
{
    const char* text = archive_error_string(archive);
    return text ? text : std::strerror(archive_errno(archive));
}

} // namespace

ZipWriter::ZipWriter(const fs::path& file, const std::string& passphrase)
    : m_file(file), m_partial(partialPathFor(file))
{
    std::error_code ignored;
    if (fs::exists(file, ignored))
        throw PracticeFileError(formatMessage(_("{} already exists; Knotwork will not overwrite it."), file.string()));
    // A file without a name until it is whole: a kill leaves nothing at all. Where the file system
    // cannot make one (O_TMPFILE), a "<file>.partial" that the next export to that name removes.
    m_descriptor = ::open(folderOf(file).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    m_unnamed = m_descriptor >= 0;
    if (!m_unnamed) {
        fs::remove(m_partial, ignored);  // what a killed export to this name left
        m_descriptor = ::open(m_partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    }
    if (m_descriptor < 0)
        throw StorageError(formatMessage(_("Could not write the export {}: {}."), file.string(), std::strerror(errno)));
    m_archive = archive_write_new();
    struct archive* zip = handle(m_archive);
    const bool encrypted = !passphrase.empty();
    if (archive_write_set_format_zip(zip) != ARCHIVE_OK
        || archive_write_set_options(zip, encrypted ? "zip:compression=deflate,zip:compression-level=6,"
                                                      "zip:encryption=aes256"
                                                    : "zip:compression=deflate,zip:compression-level=6")
               != ARCHIVE_OK
        || (encrypted && archive_write_set_passphrase(zip, passphrase.c_str()) != ARCHIVE_OK)
        || archive_write_set_bytes_in_last_block(zip, 1) != ARCHIVE_OK
        || archive_write_open_fd(zip, m_descriptor) != ARCHIVE_OK)
        fail(archiveError(zip));
}

ZipWriter::~ZipWriter()
{
    if (m_archive) {
        archive_write_free(handle(m_archive));  // closes; its bytes go with the partial file
        m_archive = nullptr;
    }
    if (m_descriptor >= 0) {
        ::close(m_descriptor);
        std::error_code ignored;
        if (!m_unnamed)
            fs::remove(m_partial, ignored);
    }
}

void ZipWriter::fail(const std::string& detail)
{
    throw StorageError(formatMessage(_("Could not write the export {}: {}."), m_file.string(), detail));
}

void ZipWriter::add(const std::string& name, std::string_view bytes)
{
    std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0600);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
    archive_entry_set_mtime(entry.get(), kEntryTime, 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    struct archive* zip = handle(m_archive);
    if (archive_write_header(zip, entry.get()) != ARCHIVE_OK)
        fail(archiveError(zip));
    for (std::size_t written = 0; written < bytes.size();) {
        const la_ssize_t step = archive_write_data(zip, bytes.data() + written, bytes.size() - written);
        if (step <= 0)
            fail(archiveError(zip));
        written += static_cast<std::size_t>(step);
    }
    if (archive_write_finish_entry(zip) != ARCHIVE_OK)
        fail(archiveError(zip));
}

void ZipWriter::finish()
{
    struct archive* zip = handle(m_archive);
    if (archive_write_close(zip) != ARCHIVE_OK)
        fail(archiveError(zip));
    archive_write_free(zip);
    m_archive = nullptr;
    if (::fsync(m_descriptor) != 0)
        fail(std::strerror(errno));
    if (m_unnamed) {
        // Named only now, never over an existing file (EEXIST), then the folder synced.
        const std::string self = "/proc/self/fd/" + std::to_string(m_descriptor);
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, m_file.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            if (errno == EEXIST)
                throw PracticeFileError(
                    formatMessage(_("{} already exists; Knotwork will not overwrite it."), m_file.string()));
            fail(std::strerror(errno));
        }
        ::close(m_descriptor);
        m_descriptor = -1;
        syncFile(folderOf(m_file));
        return;
    }
    if (::close(m_descriptor) != 0) {
        m_descriptor = -1;
        std::error_code ignored;
        fs::remove(m_partial, ignored);
        fail(std::strerror(errno));
    }
    m_descriptor = -1;
    try {
        moveIntoPlace(m_partial, m_file);
    } catch (...) {
        std::error_code ignored;
        fs::remove(m_partial, ignored);
        throw;
    }
}

std::vector<ZipEntry> readZip(const fs::path& file, const std::string& passphrase)
{
    std::unique_ptr<struct archive, int (*)(struct archive*)> zip(archive_read_new(), archive_read_free);
    archive_read_support_format_zip(zip.get());
    if (!passphrase.empty())
        archive_read_add_passphrase(zip.get(), passphrase.c_str());
    if (archive_read_open_filename(zip.get(), file.c_str(), 64 * 1024) != ARCHIVE_OK) {
        if (!fs::exists(file))
            throw NotFoundError(formatMessage(_("There is no export at {}."), file.string()));
        throw PracticeFileError(formatMessage(_("{} is not a Knotwork export (a zip archive): {}."), file.string(),
                                              archiveError(zip.get())));
    }
    std::vector<ZipEntry> entries;
    archive_entry* entry = nullptr;
    for (;;) {
        const int next = archive_read_next_header(zip.get(), &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next != ARCHIVE_OK)
            throw PracticeFileError(formatMessage(_("{} is damaged: {}."), file.string(), archiveError(zip.get())));
        ZipEntry read{archive_entry_pathname(entry), {}};
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t got = archive_read_data(zip.get(), buffer, sizeof buffer);
            if (got == 0)
                break;
            if (got < 0) {
                if (archive_entry_is_encrypted(entry))
                    throw PassphraseError(
                        passphrase.empty() ? PassphraseError::Reason::Needed : PassphraseError::Reason::Wrong,
                        passphrase.empty()
                            ? formatMessage(_("{} is encrypted: give its passphrase to open it."), file.string())
                            : formatMessage(_("The passphrase does not open {}. Check it and try again "
                                              "(letters must match in case)."), file.string()));
                throw PracticeFileError(formatMessage(_("{} is damaged: {}."), file.string(), archiveError(zip.get())));
            }
            read.bytes.append(buffer, static_cast<std::size_t>(got));
        }
        entries.push_back(std::move(read));
    }
    return entries;
}

} // namespace knotwork::app

#include "app/practice/practice_restore.h"

#include <cstdlib>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <nlohmann/json.hpp>
#include <soci/soci.h>

#include "app/practice/practice_backups.h"
#include "app/practice/practice_context.h"
#include "app/practice/practice_files.h"
#include "app/practice/whole_file_copy.h"
#include "common/error.h"
#include "common/i18n.h"
#include "db/cipher.h"
#include "common/durable_file.h"
#include "db/migrator.h"
#include "db/practice_reader.h"
#include "db/practice_swap.h"
#include "db/record_keys.h"
#include "db/write_transaction.h"
#include "safekeeping/backup_name.h"

namespace knotwork::app {

namespace fs = std::filesystem;

namespace {

// A private folder of its own under the system's temporary folder, removed with what it holds.
class ScratchFolder {
public:
    ScratchFolder()
    {
        std::string pattern = (fs::temp_directory_path() / "knotwork-restore-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw StorageError(formatMessage(_("Could not make a temporary folder in {}."),
                                             fs::temp_directory_path().string()));
        m_path = pattern;
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

std::optional<Timestamp> newestMoment(db::Database& database, const char* table, const char* column)
{
    if (!database.hasTable(table))
        return std::nullopt;
    std::string text;
    soci::indicator known = soci::i_null;
    database.session() << "SELECT MAX(" << column << ") FROM " << table, soci::into(text, known);
    if (known != soci::i_ok)
        return std::nullopt;
    return Timestamp::fromIso8601(text, column);
}

// Copies the candidate, after checking it whole, to `copy` (a fresh file nobody else reads) and
// opens that copy. PracticeFileError for a damaged candidate; the candidate is only read.
std::unique_ptr<db::Database> copyCandidate(const fs::path& candidate, const std::string& passphrase,
                                            const fs::path& copy)
{
    db::PracticeReader reader(candidate, passphrase);
    const std::string integrity = reader.integrityCheck();
    if (integrity != "ok")
        throw PracticeFileError(formatMessage(
            _("{} is damaged ({}); Knotwork will not restore from it. Nothing was changed."),
            candidate.string(), integrity));
    reader.copyTo(copy);
    return db::Database::open(copy, db::OpenMode::ExistingOnly, passphrase);
}

// What the copy of `candidate` holds; PracticeFileError when it is no Knotwork practice or one
// from a newer Knotwork.
RestoreCandidate examine(db::Database& copy, const fs::path& candidate)
{
    RestoreCandidate found;
    found.file = candidate;
    found.encrypted = copy.encrypted();
    db::Migrator migrator(copy);
    found.schemaVersion = migrator.currentVersion();
    if (found.schemaVersion == 0)
        throw PracticeFileError(formatMessage(
            _("{} is not a Knotwork practice or backup; Knotwork will not restore from it. Nothing was changed."),
            candidate.string()));
    if (found.schemaVersion > migrator.latestVersion())
        throw PracticeFileError(formatMessage(
            _("{} was saved by a newer Knotwork (practice format {}; this one reads up to format {}). "
              "Install the newer Knotwork to restore it. Nothing was changed."),
            candidate.string(), found.schemaVersion, migrator.latestVersion()));
    found.counts = db::summarizePractice(copy).counts;
    found.newestSignedNote = newestMoment(copy, "session_notes", "signed_at");
    found.lastChange = newestMoment(copy, "audit_log", "occurred_at");
    return found;
}

// A name for the copy kept before the restore that no file in `folder` has yet.
fs::path keptPathIn(const fs::path& folder, const fs::path& practiceFile)
{
    Timestamp moment = Timestamp::now();
    auto path = [&] {
        return folder / safekeeping::backupFileName(practiceFile.stem().string(), moment,
                                                    safekeeping::BackupKind::BeforeRestore);
    };
    for (std::error_code error; fs::exists(path(), error);)
        moment = Timestamp(moment.utc() + boost::posix_time::seconds(1));
    return path();
}

// Keeps the practice about to be replaced as a backup in its backup folder; empty when there is
// none. A practice too damaged to open is kept byte for byte.
fs::path keepReplacedPractice(const fs::path& practiceFile, const std::string& passphrase, const std::string& actor)
{
    std::error_code error;
    if (!fs::exists(practiceFile, error))
        return {};
    std::unique_ptr<db::Database> current;
    try {
        current = db::Database::open(practiceFile, db::OpenMode::ExistingOnly, passphrase);
    } catch (const PassphraseError&) {
        throw;
    } catch (const PracticeFileError&) {
        const fs::path kept = keptPathIn(defaultBackupFolder(practiceFile), practiceFile);
        copyFileWhole(practiceFile, kept);
        return kept;
    }
    fs::path folder = defaultBackupFolder(practiceFile);
    try {
        PracticeContext practice(*current, actor, Clock());
        folder = backupFolderOf(practice);
    } catch (const Error&) {
        // Settings an older Knotwork wrote, or none readable: the default folder.
    }
    const fs::path kept = keptPathIn(folder, practiceFile);
    current->backupTo(kept);
    return kept;
}

nlohmann::json countsJson(const std::vector<db::RecordCount>& counts)
{
    nlohmann::json json = nlohmann::json::object();
    for (const db::RecordCount& count : counts)
        json[count.name] = count.count;
    return json;
}

void auditRestore(db::Database& copy, const std::string& actor, const fs::path& practiceFile,
                  const RestoreOutcome& outcome)
{
    nlohmann::json before{{"practice", practiceFile.string()}};
    before["kept_at"] = outcome.replacedKeptAt.empty() ? nlohmann::json() : nlohmann::json(outcome.replacedKeptAt.string());
    const nlohmann::json after{{"candidate", outcome.restored.file.string()},
                               {"schema_version", outcome.restored.schemaVersion},
                               {"counts", countsJson(outcome.restored.counts)}};
    copy.setChainKeys(db::loadChainKeys(copy));  // the restore's audit row is sealed like any other
    // On a computer without the backup's record key (the laptop it came from was lost) the backup
    // goes back as it was, with no row that could not be sealed: opening it then asks for the
    // recovery code before anything is written.
    if (db::recordKeyMissing(copy))
        return;
    db::WriteTransaction transaction(copy, actor);
    transaction.audit({"practice", "", "restore", before.dump(), after.dump()});
    transaction.commit();
}

} // namespace

RestoreCandidate inspectRestoreCandidate(const fs::path& candidate, const std::string& passphrase)
{
    ScratchFolder scratch;
    std::unique_ptr<db::Database> copy = copyCandidate(candidate, passphrase, scratch.path() / "candidate.sqlite");
    RestoreCandidate found = examine(*copy, candidate);
    found.encrypted = db::looksEncrypted(candidate);
    return found;
}

RestoreOutcome restorePractice(const fs::path& practiceFile, const std::string& practicePassphrase,
                               const fs::path& candidate, const std::string& candidatePassphrase,
                               const std::string& actor)
{
    const fs::path replacement = partialPathFor(practiceFile);
    db::removeUnfinishedReplacement(practiceFile);
    RestoreOutcome outcome;
    try {
        {
            std::unique_ptr<db::Database> copy = copyCandidate(candidate, candidatePassphrase, replacement);
            outcome.restored = examine(*copy, candidate);
            outcome.restored.encrypted = db::looksEncrypted(candidate);
            outcome.replacedKeptAt = keepReplacedPractice(practiceFile, practicePassphrase, actor);
            db::Migrator migrator(*copy);
            if (migrator.currentVersion() < migrator.latestVersion()) {
                // The copy is the only one upgraded; its own pre-upgrade copy is the candidate.
                if (const std::optional<fs::path> upgradeBackup = migrator.migrate(actor))
                    removePracticeFiles(*upgradeBackup);
            }
            auditRestore(*copy, actor, practiceFile, outcome);
        }
        syncFile(replacement);
        db::swapInPractice(replacement, practiceFile);
    } catch (...) {
        db::removeUnfinishedReplacement(practiceFile);
        if (!outcome.replacedKeptAt.empty())
            removePracticeFiles(outcome.replacedKeptAt);
        throw;
    }
    return outcome;
}

} // namespace knotwork::app

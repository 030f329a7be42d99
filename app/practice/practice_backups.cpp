#include "app/practice/practice_backups.h"

#include <algorithm>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <nlohmann/json.hpp>

#include "app/practice/whole_file_copy.h"
#include "common/error.h"
#include "common/i18n.h"
#include "common/user_directories.h"
#include "db/practice_reader.h"
#include "db/write_transaction.h"
#include "safekeeping/backup_name.h"
#include "safekeeping/backup_rotation.h"

namespace knotwork::app {

namespace fs = std::filesystem;

namespace {

std::string stemOf(const fs::path& practiceFile)
{
    return practiceFile.stem().string();
}

// Removes what a backup of this practice killed half-way left in `folder`. Never throws.
void removeUnfinishedBackups(const fs::path& folder, const fs::path& practiceFile) noexcept
{
    std::error_code error;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error))
        if (safekeeping::isUnfinishedBackup(entry->path().filename().string(), stemOf(practiceFile)))
            fs::remove(entry->path(), error);
}

// The backups the rotation no longer keeps in `folder`, removed; copies kept before a restore stay.
// The one just written stays whatever the others' dates (a clock set back since).
std::vector<fs::path> rotate(const fs::path& folder, const fs::path& practiceFile,
                             const clients::BackupSettings& settings, const fs::path& written)
{
    std::vector<BackupFile> regular = listBackups(folder, practiceFile);
    std::erase_if(regular, [](const BackupFile& backup) { return backup.beforeRestore; });
    std::vector<Timestamp> moments;
    for (const BackupFile& backup : regular)
        moments.push_back(backup.takenAt);
    const std::vector<Timestamp> kept = safekeeping::backupsToKeep(moments, settings);
    std::vector<fs::path> removed;
    for (const BackupFile& backup : regular) {
        if (backup.path.filename() == written.filename()
            || std::find(kept.begin(), kept.end(), backup.takenAt) != kept.end())
            continue;
        std::error_code error;
        if (fs::remove(backup.path, error))
            removed.push_back(backup.path);
    }
    return removed;
}

// The second copy in the off-site folder, or why there is none.
std::string copyOffsite(const fs::path& backup, const fs::path& folder, std::optional<fs::path>& copy)
{
    std::error_code error;
    if (!fs::is_directory(folder, error))
        return formatMessage(_("The off-site folder {} is missing (is the drive connected?); no second copy was made."),
                             folder.string());
    try {
        const fs::path destination = folder / backup.filename();
        copyFileWhole(backup, destination);
        copy = destination;
        return {};
    } catch (const Error& failure) {
        return formatMessage(_("No second copy was made in the off-site folder {}: {}"), folder.string(),
                             failure.what());
    }
}

} // namespace

fs::path defaultBackupFolder(const fs::path& practiceFile)
{
    return userDataDirectory() / "backups" / stemOf(practiceFile);
}

fs::path backupFolderFor(const fs::path& practiceFile, const clients::BackupSettings& settings)
{
    return settings.folder ? fs::path(*settings.folder) : defaultBackupFolder(practiceFile);
}

fs::path backupFolderOf(PracticeContext& practice)
{
    return backupFolderFor(practice.database().path(), practice.clientService().settings().backup);
}

std::vector<BackupFile> listBackups(const fs::path& folder, const fs::path& practiceFile)
{
    std::vector<BackupFile> backups;
    std::error_code error;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
        const auto name = safekeeping::parseBackupFileName(entry->path().filename().string(), stemOf(practiceFile));
        std::error_code sizeError;
        if (!name || !entry->is_regular_file(sizeError))
            continue;
        backups.push_back({entry->path(), name->takenAt, entry->file_size(sizeError),
                           name->kind == safekeeping::BackupKind::BeforeRestore});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile& a, const BackupFile& b) {
        return b.takenAt < a.takenAt || (a.takenAt == b.takenAt && a.beforeRestore < b.beforeRestore);
    });
    return backups;
}

std::optional<BackupFile> lastBackup(PracticeContext& practice)
{
    practice.database().requireBackupsHere();
    for (BackupFile& backup : listBackups(backupFolderOf(practice), practice.database().path()))
        if (!backup.beforeRestore)
            return std::move(backup);
    return std::nullopt;
}

bool automaticBackupDue(PracticeContext& practice)
{
    const std::optional<BackupFile> last = lastBackup(practice);
    return !last
        || practice.clientService().clock().now().utc() - last->takenAt.utc() >= boost::posix_time::hours(24);
}

BackupJob BackupJob::prepare(PracticeContext& practice, std::optional<fs::path> folder)
{
    practice.database().requireBackupsHere();
    BackupJob job;
    job.m_practiceFile = practice.database().path();
    job.m_passphrase = practice.database().passphrase();
    job.m_settings = practice.clientService().settings().backup;
    job.m_folder = folder ? fs::absolute(*folder) : backupFolderFor(job.m_practiceFile, job.m_settings);
    if (job.m_settings.offsiteFolder)
        job.m_offsiteFolder = fs::path(*job.m_settings.offsiteFolder);
    job.m_takenAt = practice.clientService().clock().now();
    return job;
}

BackupOutcome BackupJob::run()
{
    const std::string stem = stemOf(m_practiceFile);
    removeUnfinishedBackups(m_folder, m_practiceFile);
    if (m_offsiteFolder)
        removeUnfinishedBackups(*m_offsiteFolder, m_practiceFile);

    // Two backups within one second (or under a stopped clock) are told apart a second later.
    Timestamp takenAt = *m_takenAt;
    fs::path destination = m_folder / safekeeping::backupFileName(stem, takenAt);
    for (std::error_code error; fs::exists(destination, error);) {
        takenAt = Timestamp(takenAt.utc() + boost::posix_time::seconds(1));
        destination = m_folder / safekeeping::backupFileName(stem, takenAt);
    }

    db::PracticeReader(m_practiceFile, m_passphrase).copyTo(destination);
    BackupOutcome outcome;
    outcome.written = {destination, takenAt, fs::file_size(destination)};
    if (m_offsiteFolder)
        outcome.offsiteProblem = copyOffsite(destination, *m_offsiteFolder, outcome.offsiteCopy);
    outcome.removed = rotate(m_folder, m_practiceFile, m_settings, destination);
    if (outcome.offsiteCopy) {
        const std::vector<fs::path> removed = rotate(*m_offsiteFolder, m_practiceFile, m_settings, destination);
        outcome.removed.insert(outcome.removed.end(), removed.begin(), removed.end());
    }
    return outcome;
}

void BackupJob::record(PracticeContext& practice, const BackupOutcome& outcome)
{
    // A practice whose record key is not here takes no writes; its backup is still worth having.
    if (practice.recordKeyMissing())
        return;
    nlohmann::json after{{"file", outcome.written.path.filename().string()},
                         {"folder", outcome.written.path.parent_path().string()},
                         {"bytes", outcome.written.bytes}};
    if (outcome.offsiteCopy)
        after["offsite_copy"] = outcome.offsiteCopy->string();
    if (!outcome.offsiteProblem.empty())
        after["offsite_problem"] = outcome.offsiteProblem;
    db::WriteTransaction transaction(practice.database(), practice.actor());
    transaction.audit({"practice", "", "backup", std::nullopt, after.dump()});
    transaction.commit();
}

BackupOutcome backUpPractice(PracticeContext& practice, std::optional<fs::path> folder)
{
    BackupJob job = BackupJob::prepare(practice, std::move(folder));
    const BackupOutcome outcome = job.run();
    job.record(practice, outcome);
    return outcome;
}

} // namespace knotwork::app

#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/practice/practice_context.h"
#include "clients/practice_settings.h"
#include "common/timestamp.h"

namespace knotwork::app {

// Backups of a practice: consistent copies made through SQLite's online backup API while the
// practice stays open, checked, synced, private (0600), named
// "<practice file stem>-<moment>.knotwork-backup" (safekeeping/backup_name.h) in the backup
// folder, copied to an off-site folder when the settings name one, and rotated
// (safekeeping/backup_rotation.h) in both.

struct BackupFile {
    std::filesystem::path path;
    Timestamp takenAt{boost::posix_time::ptime()};  // set for every listed or written backup
    std::uintmax_t bytes = 0;
    // The copy of a practice a restore replaced: never removed by the rotation.
    bool beforeRestore = false;
};

struct BackupOutcome {
    BackupFile written;                                  // in the backup folder, checked
    std::optional<std::filesystem::path> offsiteCopy;    // the copy in the second folder
    std::string offsiteProblem;                          // non-empty: why the second copy failed (missing folder...)
    std::vector<std::filesystem::path> removed;          // older backups the rotation removed
};

// <XDG data folder>/knotwork/backups/<practice file stem>
std::filesystem::path defaultBackupFolder(const std::filesystem::path& practiceFile);
// The settings' folder or the default.
std::filesystem::path backupFolderOf(PracticeContext& practice);
// The same for settings already read.
std::filesystem::path backupFolderFor(const std::filesystem::path& practiceFile, const clients::BackupSettings& settings);
// The backups of the practice in `practiceFile` found in `folder`, newest first (none when the
// folder is missing). Other files, and other practices' backups, are left out.
std::vector<BackupFile> listBackups(const std::filesystem::path& folder, const std::filesystem::path& practiceFile);
// The newest backup in the practice's backup folder (copies kept before a restore aside).
std::optional<BackupFile> lastBackup(PracticeContext& practice);
// No backup in the last 24 hours by the practice's clock.
bool automaticBackupDue(PracticeContext& practice);

// A backup prepared on the thread that owns the practice, run on any thread through a connection
// of its own (the practice stays open and may be written meanwhile), recorded back on the owner.
class BackupJob {
public:
    // `folder`: where to write instead of the settings' folder (the rotation applies there too).
    static BackupJob prepare(PracticeContext& practice, std::optional<std::filesystem::path> folder = {});
    // Any thread; throws knotwork::Error when the backup itself could not be written (nothing is
    // left then). A failed off-site copy is no exception: it is offsiteProblem.
    BackupOutcome run();
    // The audit row of the backup, on the thread that owns the practice.
    void record(PracticeContext& practice, const BackupOutcome& outcome);

    const std::filesystem::path& folder() const { return m_folder; }

private:
    BackupJob() = default;

    std::filesystem::path m_practiceFile;
    std::string m_passphrase;
    std::filesystem::path m_folder;
    std::optional<std::filesystem::path> m_offsiteFolder;
    clients::BackupSettings m_settings;
    std::optional<Timestamp> m_takenAt;
};

// prepare + run + record, on the thread that owns the practice.
BackupOutcome backUpPractice(PracticeContext& practice, std::optional<std::filesystem::path> folder = {});

} // namespace knotwork::app

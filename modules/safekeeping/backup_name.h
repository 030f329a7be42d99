#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/timestamp.h"

namespace knotwork::safekeeping {

// How a backup file is named: "<practice file stem>-<Timestamp::compact()>.knotwork-backup", so
// the backups of one practice sort in time order and those of another practice in the same
// folder are never taken for its own. The copy kept of a practice a restore replaced ends in
// "-before-restore.knotwork-backup": the rotation never removes it.
inline constexpr std::string_view kBackupExtension = ".knotwork-backup";

enum class BackupKind { Regular, BeforeRestore };

std::string backupFileName(std::string_view practiceStem, const Timestamp& takenAt,
                           BackupKind kind = BackupKind::Regular);

struct BackupName {
    Timestamp takenAt;
    BackupKind kind;
};
// What a file name says about a backup of the practice whose file stem is `practiceStem`; nothing
// for any other file (another practice's backup, an unfinished ".partial" one).
std::optional<BackupName> parseBackupFileName(std::string_view fileName, std::string_view practiceStem);

// Whether `fileName` is what a backup of this practice interrupted half-way left: its
// ".partial" file, never a backup.
bool isUnfinishedBackup(std::string_view fileName, std::string_view practiceStem);

} // namespace knotwork::safekeeping

#include "safekeeping/backup_name.h"

#include "common/error.h"

namespace knotwork::safekeeping {

namespace {

constexpr std::string_view kBeforeRestore = "-before-restore";
constexpr std::string_view kPartial = ".partial";
constexpr std::size_t kCompactLength = std::string_view("20261123T201929Z").size();

// "20261123T201929Z" as the Timestamp it was written from; nothing for other text.
std::optional<Timestamp> parseCompact(std::string_view text)
{
    if (text.size() != kCompactLength)
        return std::nullopt;
    const std::string iso = std::string(text.substr(0, 4)) + "-" + std::string(text.substr(4, 2)) + "-"
        + std::string(text.substr(6, 2)) + "T" + std::string(text.substr(9, 2)) + ":"
        + std::string(text.substr(11, 2)) + ":" + std::string(text.substr(13, 2)) + "Z";
    try {
        const Timestamp moment = Timestamp::fromIso8601(iso);
        if (moment.compact() == text)
            return moment;
    } catch (const ValidationError&) {
    }
    return std::nullopt;
}

} // namespace

std::string backupFileName(std::string_view practiceStem, const Timestamp& takenAt, BackupKind kind)
{
    std::string name = std::string(practiceStem) + "-" + takenAt.compact();
    if (kind == BackupKind::BeforeRestore)
        name += kBeforeRestore;
    return name + std::string(kBackupExtension);
}

std::optional<BackupName> parseBackupFileName(std::string_view fileName, std::string_view practiceStem)
{
    if (fileName.size() <= practiceStem.size() + 1 || !fileName.starts_with(practiceStem)
        || fileName[practiceStem.size()] != '-' || !fileName.ends_with(kBackupExtension))
        return std::nullopt;
    std::string_view rest = fileName.substr(practiceStem.size() + 1);
    rest.remove_suffix(kBackupExtension.size());
    BackupKind kind = BackupKind::Regular;
    if (rest.ends_with(kBeforeRestore)) {
        rest.remove_suffix(kBeforeRestore.size());
        kind = BackupKind::BeforeRestore;
    }
    if (const auto moment = parseCompact(rest))
        return BackupName{*moment, kind};
    return std::nullopt;
}

bool isUnfinishedBackup(std::string_view fileName, std::string_view practiceStem)
{
    if (!fileName.ends_with(kPartial))
        return false;
    fileName.remove_suffix(kPartial.size());
    return parseBackupFileName(fileName, practiceStem).has_value();
}

} // namespace knotwork::safekeeping

#pragma once

#include <optional>
#include <string>

#include "common/date_text.h"
#include "common/timestamp.h"

namespace knotwork::safekeeping {

// How the newest backup stands: taken within the practice's warning days (Fresh), older (Old:
// the status bar and Today warn), or never taken.
enum class BackupAge { Fresh, Old, Never };

BackupAge backupAge(const std::optional<Timestamp>& newest, const Timestamp& now, int warningDays);

// What the status bar and Today say: "Last backup today at 12:03", "Last backup yesterday at
// 18:30", "Last backup 5 days ago", "No backup yet". Days and times are this computer's; `format`
// writes a day (the locale's, or none for the CLI's ISO dates) and picks the locale's time.
std::string backupAgeText(const std::optional<Timestamp>& newest, const Timestamp& now, DateFormatter format);

} // namespace knotwork::safekeeping

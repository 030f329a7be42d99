#pragma once

#include <span>
#include <vector>

#include "clients/practice_settings.h"
#include "common/timestamp.h"

namespace knotwork::safekeeping {

// Which backups the rotation keeps, by the moments they were taken: the newest of each local day
// for the last keepDaily days that have a backup, the newest of each ISO week for the last
// keepWeekly such weeks, the newest of each month for the last keepMonthly such months. The
// newest backup is always kept. Returns the kept moments, newest first; the others may go.
std::vector<Timestamp> backupsToKeep(std::span<const Timestamp> moments, const clients::BackupSettings& settings);

} // namespace knotwork::safekeeping
